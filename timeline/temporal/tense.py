"""Tense and modality of the clause around a time expression, from cue words.

No part-of-speech tagger: the nearest cue word (left or right, inside the
sentence, not across a clause break) decides: ``future`` (will, would, expected
to, plans to...), ``past`` (was, said, -ed verbs, irregular past forms) or
``present``; None when the clause gives no cue.
"""

from __future__ import annotations

import re
import threading

from timeline.temporal.lexicon import Lexicon

#: words and clause-breaking punctuation; a comma inside a number ("5,000") breaks nothing
#: a sentence's first word, past any opening quotation mark or bracket
_RE_FIRST_WORD = re.compile(r"[\s\"“‘'(]*([A-Z][a-z]+)\b")
#: not "am" of "7am" nor of "4:40 am" (the meridiem, no verb)
_WORD = re.compile(r"(?<![0-9A-Za-z])(?<![A-Za-z]-)(?!(?<=\d\s)[aApP]\.?[mM]\b)[A-Za-z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)*|[;—–()\"“”]|(?<!\d)[,:]|[,:](?!\d)")
_MAX_WORDS = 12
_WINDOW = 240
_NEAR = 120  # characters that usually hold the _MAX_WORDS + 1 nearest words
#: words beyond the _MAX_WORDS window that a skipped aside or apposition lets the left scan
#: reach ("will be closed Monday, which was already a holiday for Presidents Day, and Tuesday")
_SKIP_EXTRA = 8
# the farther look, when the nearest words give no cue
_FAR_WORDS = 40
_FAR_CHARS = 300
# memo sizes (cleared when full): a word context is a few hundred bytes, a cue key ~1.5 KB
_WORD_MEMO_SIZE = 20_000
_CUE_MEMO_SIZE = 4_096


class TenseCues:
    """The cue tables of one language, as sets."""

    def __init__(self, lex: Lexicon) -> None:
        t = lex.table("tense")
        self.future_alone = set(t.get("future_alone", []))
        self.future_alone_past_next = {k: set(v) for k, v in t.get("future_alone_past_next", {}).items()}
        self.future_needs_to = set(t.get("future_needs_to", []))
        self.future_needs_for = set(t.get("future_needs_for", []))
        self.hope_not_after_pluperfect = set(t.get("hope_not_after_pluperfect", []))
        self.past = set(t.get("past", []))
        self.present = set(t.get("present", []))
        self.present_schedule = set(t.get("present_schedule", []))
        self.comma_carry = set(t.get("comma_carry", []))
        self.ing_not_participle = set(t.get("ing_not_participle", []))
        self.comparison_not_before = set(t.get("comparison_cues", []))
        self.participle_not_before = {k: set(v) for k, v in t.get("participle_not_before", {}).items()}
        self.present_schedule_next = {k: set(v) for k, v in t.get("present_schedule_next", {}).items()}
        self.schedule_frame = set(t.get("schedule_frame_words", []))
        self.clause_openers = set(t.get("clause_openers", []))
        self.irregular_past = set(t.get("irregular_past", []))
        self.not_past = set(t.get("not_past", []))
        self.breaks = set(t.get("clause_breaks", []))
        self.ing_apposition_ok = frozenset(t.get("ing_apposition_ok", []))
        self.by_participles = frozenset(t.get("by_participles", []))
        self.condition_words = frozenset(t.get("weak_forward_phrase", []))
        self.participle_like_base = frozenset(t.get("participle_like_base", []))
        self.day_preps = frozenset(lex.table("context_words").get("day_prepositions", []))
        self.day_names = frozenset(w for w in lex.table("weekdays") if len(w) > 3 and w.isalpha())
        self.inversion_future = frozenset(t.get("inversion_future", []))
        self.inversion_subjects = frozenset(t.get("inversion_subjects", []))
        self.passive_aux = set(t.get("passive_aux", []))
        self.present_passive_aux = set(t.get("present_passive_aux", []))
        self.adjective_before = set(t.get("adjective_before", []))
        self.front_words = set(lex.table("context_words").get("front_words", []))
        self.front_prepositions = set(lex.table("context_words").get("front_prepositions", []))
        self.infinitive = set(lex.table("context_words").get("infinitive_markers", []))
        self.comparison_than = set(t.get("comparison_than", []))
        self.past_suffixes = tuple(t.get("past_suffixes", [])) or ("\0",)
        self.plural_suffixes = tuple(t.get("plural_suffixes", [])) or ("\0",)
        self.plural_not_suffixes = tuple(t.get("plural_not_suffixes", [])) or ("\0",)
        self.absolute_with = set(t.get("absolute_with", []))
        self.perfect_be = set(t.get("perfect_be", []))
        # cue words that are verbs after these ("will last", "expected to last": not the past cue "last")
        self.verb_before = {k: set(v) for k, v in lex.table("context_words").get("verb_before", {}).items()}
        self.modal_future = set(t.get("modal_future", []))
        #: contracted verbs ("it's", "they're", "we'll"), read as the verb they stand for
        self.contractions = dict(t.get("contractions", {}))
        self.contraction_s_hosts = set(t.get("contraction_s_hosts", []))
        self.contraction_s_perfect = dict(t.get("contraction_s_perfect", {}))
        self.contraction_s_not_next = set(t.get("contraction_s_not_next", []))
        self.temporal_conjunctions = set(t.get("temporal_conjunctions", []))
        self.modal_possible = set(t.get("modal_possible", []))
        self.modal_possible_not_before = set(t.get("modal_possible_not_before", []))
        self.modal_elided_next = frozenset(t.get("modal_elided_next", []))
        self.modal_past_ability = set(t.get("modal_past_ability", []))
        self.modal_past_ability_not_before = set(t.get("modal_past_ability_not_before", []))
        self.verb_prefixes = frozenset(t.get("verb_prefixes", []))
        self.number_heads = frozenset([*lex.table("numbers"), *lex.table("ordinals"), *t.get("number_heads", [])])
        self.modal_past_ability_passive_past = frozenset(t.get("modal_past_ability_passive_past", []))
        self.modal_past_ability_negations = frozenset(t.get("modal_past_ability_negations", []))
        self.modal_past_ability_limits = frozenset(t.get("modal_past_ability_limits", []))
        self.modal_past_ability_results = frozenset(t.get("modal_past_ability_results", []))
        self.modal_past_ability_complements = frozenset(t.get("modal_past_ability_complements", []))
        self.passive_be = set(t.get("passive_be", []))
        self.coordinators = set(t.get("coordinators", []))
        self.fronted_aside_relatives = set(t.get("fronted_aside_relatives", []))
        self.fronted_aside_nouns = set(t.get("fronted_aside_nouns", []))
        self.forward_phrase_gap_contrasts = frozenset(t.get("forward_phrase_gap_contrasts", []))
        moves = t.get("baseline_moves", [])
        self.baseline = (
            re.compile(
                r"\b(?:" + "|".join(map(re.escape, moves)) + r")\s+from\s+(?:[^,.;:()\"“”]|(?<=\d)[.,](?=\d)){1,40}?\s+(?:in|on|at)\s+(?:the\s+)?$", re.I
            )
            if moves
            else None
        )
        self.object_determiners = set(t.get("object_determiners", []))
        self.past_plan_needs_to = set(t.get("past_plan_needs_to", []))
        self.fixture_plain_next = {k: set(v) for k, v in t.get("fixture_plain_next", {}).items()}
        self.schedule_nouns = set(t.get("schedule_nouns", []))
        self.schedule_next_only = set(t.get("schedule_next_only", []))
        self.future_after_to = set(t.get("future_after_to", []))
        self.be_due_adverbs = set(t.get("be_due_adverbs", []))
        self.place_time_prepositions = set(t.get("place_time_prepositions", []))
        self.venue_prepositions = set(t.get("venue_prepositions", []))
        self.title_not_before = frozenset(t.get("title_not_before", []))
        self.headline_infinitive = set(t.get("headline_infinitive", []))
        self.headline_infinitive_not_next = set(t.get("headline_infinitive_not_next", []))
        self.headline_infinitive_day_not_after = set(t.get("headline_infinitive_day_not_after", []))
        self.capitalised_names = set(t.get("capitalised_names", []))
        self.headline_day_next_ok = set(t.get("headline_day_next_ok", []))
        self.schedule_not_after = set(t.get("schedule_not_after", []))
        self.possessive_ahead_after = tuple(t.get("possessive_ahead_after", []))
        self.finite_future_needs_to = set(t.get("finite_future_needs_to", []))
        self.future_needs_be_to = set(t.get("future_needs_be_to", []))
        self.forecast_adjectives = set(t.get("forecast_adjectives", []))
        self.forecast_adjective_not_before = set(t.get("forecast_adjective_not_before", []))
        self.due_to_cause_after = set(t.get("due_to_cause_after", []))
        self.due_next = set(t.get("due_next", []))
        self.participle_adjectives = set(t.get("participle_adjectives", []))
        self.be_forms = set(t.get("be_forms", []))
        self.possession_next = {k: set(v) for k, v in t.get("possession_next", {}).items()}
        self.scheduled_events = frozenset(lex.table("context_words").get("scheduled_event_nouns", []))
        self.obligation_next = {k: set(v) for k, v in t.get("obligation_next", {}).items()}
        self.past_not_after_determiner = set(t.get("past_not_after_determiner", []))
        self.pluperfect = set(t.get("pluperfect", []))
        self.present_plain = set(t.get("present_plain", []))
        self.plural_pronouns = set(t.get("plural_pronouns", []))
        self.subject_phrase_preps = frozenset(t.get("subject_phrase_preps", []))
        self.subject_adjectives = frozenset(t.get("subject_adjectives", []))
        self.headline_start_preps = frozenset(t.get("headline_start_preps", []))
        self.forward_phrase_not_after = frozenset(t.get("forward_phrase_not_after", []))
        self.forward_phrase_said = frozenset(t.get("forward_phrase_said", []))
        self.comma_carry_lists = frozenset(t.get("comma_carry_lists", []))
        self.schedule_after_noun_subject = frozenset(t.get("schedule_after_noun_subject", []))
        self.headline_from_not_after = frozenset(t.get("headline_from_not_after", []))
        self.possessive_verb_next = frozenset(t.get("possessive_verb_next", []))
        self.ordinal_adjectives = frozenset(t.get("ordinal_adjectives", []))
        self.known_event_nouns = frozenset(lex.table("context_words").get("known_event_nouns", []))
        self.happened_event_nouns = self.known_event_nouns | frozenset(t.get("reported_subject_happened", []))
        self.subject_adverbs = set(t.get("subject_adverbs", []))
        self.participle_conjunctions = set(t.get("participle_conjunctions", []))
        self.future_plain = set(t.get("future_plain", []))
        self.appositive_titles = set(t.get("appositive_titles", []))
        self.progressive_be = set(t.get("progressive_be", []))
        self.frame_resets = set(t.get("frame_resets", []))
        self.will_only = set(t.get("will_only", []))
        self.will_like_after_be = set(t.get("will_like_after_be", []))
        self.will_like_be = set(t.get("will_like_be", []))
        self.will_like_plans = set(t.get("will_like_plans", []))
        self.will_tail_openers = set(t.get("will_tail_openers", []))
        self.will_trailing_openers = set(t.get("will_trailing_openers", []))
        self.will_distributive_ordinals = set(t.get("will_distributive_ordinals", []))
        self.will_distributive_words = set(t.get("will_distributive_words", []))
        self.will_distributive_plans = set(t.get("will_distributive_plans", []))
        self.will_coordinated_adverbs = set(t.get("will_coordinated_adverbs", []))
        self.will_place_words = set(t.get("will_place_words", []))
        self.will_tail_preps = set(t.get("will_tail_preps", []))
        self.ordinal_words = {k.lower() for k in lex.table("ordinals")}
        self.weekday_names = {k.lower() for k in lex.table("weekdays")}
        self.speech_media = set(lex.table("context_words").get("speech_medium_nouns", []))
        self.will_in_sentence_stops = set(t.get("will_in_sentence_stops", []))
        self.relatives = set(t.get("relatives", []))
        self.determiner_relatives = frozenset(t.get("determiner_relatives", []))
        self.aside_relatives = set(t.get("aside_relatives", []))
        self.appositive_then = set(t.get("appositive_then", []))
        self.past_same_as_base = set(t.get("past_same_as_base", []))
        self.relative_verb_next = set(t.get("relative_verb_next", []))
        self.call_for_next: dict[str, list[str]] = t.get("call_for_next", {})
        self.called_for_events = frozenset(t.get("called_for_events", []))
        self.called_for_not_between = frozenset(t.get("called_for_not_between", []))
        self.counterfactual_have = frozenset(t.get("counterfactual_have", []))
        self.counterfactual_adverbs = frozenset(t.get("counterfactual_adverbs", []))
        self.range_middles = frozenset(t.get("notice_range_middles", []))
        self.forward_gap_own_preps = frozenset(t.get("forward_gap_own_preps", []))
        self.plain_plan_objects: dict[str, list[str]] = t.get("plain_plan_objects", {})
        self.relative_verb_next_preps = frozenset(t.get("relative_verb_next_preps", []))
        self.fixture_plain = set(t.get("fixture_plain", []))
        self.schedule_verb_nouns = set(t.get("schedule_verb_nouns", []))
        self.present_adverbs = set(t.get("present_adverbs", []))
        self.subject_openers = set(t.get("subject_openers", []))
        self.saying_verbs = set(t.get("saying_verbs", []))
        self.adverb_suffixes = tuple(t.get("adverb_suffixes", [])) or ("\0",)
        self.plain_not_after = set(t.get("plain_not_after", []))
        self.past_before_to = set(t.get("past_before_to", []))
        self.reporting = set(t.get("reporting", []))
        self.future_in_past = set(t.get("future_in_past", []))
        self.remaining_after_units = set(t.get("remaining_after_units", []))
        self.period_end_participles = set(t.get("period_end_participles", []))
        self.period_nouns = set(t.get("period_nouns", []))
        self.place_abbreviations = frozenset(t.get("place_abbreviations", []))  # as written, capitalised
        self.unit_words = frozenset(lex.table("units"))
        self.date_words = frozenset(k.lower().rstrip(".") for k in (*lex.table("months"), *lex.table("weekdays")))
        self.date_prepositions = frozenset(t.get("date_prepositions", []))
        self.future_in_past_phrases = tuple(" " + w + " " for w in t.get("future_in_past_phrases", []))
        self.reporting_past = set(t.get("reporting_past", []))
        self.plan_compared = set(t.get("plan_compared_after", []))
        skip = t.get("forward_before_skip", [])
        self.forward = _before_pattern(t.get("forward_before", []), skip)
        self.forward_unless_past = frozenset(t.get("forward_before_unless_past", []))
        self.weak_forward = _before_pattern(t.get("weak_forward_before", []), skip)
        stops = t.get("relatives", []) + t.get("forward_phrase_gap_stops", [])
        self.forward_phrase = _phrase_pattern(t.get("forward_phrase", []), stops, reach=_FORWARD_REACH)
        self.weak_forward_phrase = _phrase_pattern(t.get("weak_forward_phrase", []), stops)
        self.plan = _plan_pattern(
            t.get("plan_verbs", []), t.get("plan_preps", []),
            lex.table("context_words").get("scheduled_event_nouns", []),
            lex.table("context_words").get("day_prepositions", []),
            list(lex.table("number_words").get("articles", [])) + list(lex.table("relations").get("determiners", [])),
        )
        # "collections due on Wednesday", "proposals due in July": a word of plan right before
        # the expression (a preposition of its own between), no preposition of plan needed
        due = t.get("plan_right_before", [])
        day_preps = t.get("plan_right_before_preps", [])
        self.plan_weak_preps = frozenset(t.get("plan_right_before_weak_preps", []))
        self.plan_gone_words = frozenset(t.get("plan_gone_words", []))
        self.plan_missed_words = frozenset(t.get("plan_missed_words", []))
        self.plan_right_before = (
            re.compile(
                r"\b(?:" + "|".join(re.escape(w) for w in due) + r")\s+(?:(?:" + "|".join(re.escape(w) for w in day_preps) + r")\s+)?$", re.I
            )
            if due and day_preps
            else None
        )
        # the first word of each phrase / the plan verbs: cheap substring pre-checks
        self.forward_phrase_keys = tuple({p.split()[0].lower() for p in t.get("forward_phrase", [])})
        self.weak_forward_phrase_keys = tuple({p.split()[0].lower() for p in t.get("weak_forward_phrase", [])})
        self.plan_keys = frozenset(w.lower() for w in t.get("plan_verbs", []))
        self.plan_verb_not_next = {k: set(v) for k, v in t.get("plan_verb_not_next", {}).items()}
        self.notice = _notice_pattern(
            t.get("notice_verbs", []), t.get("notice_nouns", []), t.get("notice_preps", []), t.get("notice_range_middles", []),
            t.get("notice_passive_aux", []),
        )
        self.notice_keys = tuple(w.lower() for w in t.get("notice_nouns", []))
        self.notice_keys_set = frozenset(self.notice_keys)
        abbr = sorted(t.get("abbreviations", []), key=len, reverse=True)
        self._memo: dict[tuple[str, str | None, str | None, bool, bool], str | None] = {}
        self.abbrev = re.compile(r"(?:\b(?:" + "|".join(re.escape(a) for a in abbr) + r")|\b[A-Z])\.$", re.I) if abbr else None

    def classify(self, word: str, nxt: str | None, prev: str | None, finite: bool = False, prev_name: bool = False) -> str | None:
        """The tense a single word signals in context (``prev`` is the word before it), or None.

        ``finite``: only the finite verb counts (a clause-initial expression dates the main
        verb: "On Friday, the government planned to pay" is past, whatever it planned).
        ``prev_name``: the word before is a capitalised name inside the sentence ("Arafat meet")."""
        # a pure function of its arguments, asked for a dozen times per time expression
        key = (word, nxt, prev, finite, prev_name)
        memo = self._memo
        got = memo.get(key, memo)
        if got is memo:
            if len(memo) >= _WORD_MEMO_SIZE:
                memo.clear()
            got = memo[key] = self._classify(word, nxt, prev, finite, prev_name)
        return got  # type: ignore[return-value]

    def first_finite(self, words: list[str]) -> str | None:
        """The tense of the first finite-verb cue among lower-case ``words``, read left to
        right, or None ("Markets reopen after the holiday": present)."""
        for i, w in enumerate(words):
            t = self.classify(w, words[i + 1] if i + 1 < len(words) else None, words[i - 1] if i else None, finite=True)
            if t:
                return t
        return None

    def _uncontracted(self, w: str, nxt: str | None) -> str | None:
        """The verb a contraction stands for ("they're": are, "we'll": will, "it's Sunday": is,
        "it's been": has), or None (a possessive "Walsh's", or "'s" before a clause of its own:
        "there's no evidence", "he's recovering")."""
        base, _, suf = w.partition("'")
        verb = self.contractions.get("'" + suf)
        if verb is None or not base:
            return None
        if suf != "s":
            return verb
        if base not in self.contraction_s_hosts or (nxt is not None and (nxt in self.contraction_s_not_next or nxt.endswith("ing"))):
            return None
        perfect = nxt is not None and (nxt in self.irregular_past or nxt in self.contraction_s_perfect.get("next", ()) or nxt.endswith(self.past_suffixes))
        return self.contraction_s_perfect.get("verb", verb) if perfect else verb

    def _plural(self, prev: str | None) -> bool:
        """Is ``prev`` a plural subject: a plural pronoun or a plural noun ("analysts")?"""
        return prev is not None and (
            prev in self.plural_pronouns or (len(prev) > 3 and prev.endswith(self.plural_suffixes) and not prev.endswith(self.plural_not_suffixes))
        )

    def _arranged(self, w: str) -> bool:
        """Is ``w`` the -ing form of a verb of a schedule ("meeting", "flying", "voting",
        "hosting"): after "is/are" it tells an arrangement ahead. Not an ongoing deed ("are
        digging through rubble", "is forecasting a low")."""
        if len(w) < 6 or not w.endswith("ing"):
            return False
        stem = w[:-3]
        return stem in self.present_plain or stem + "e" in self.present_plain or (stem[-1] == stem[-2] and stem[:-1] in self.present_plain)

    def attributive_plan(self, w: str, prev: str | None) -> bool:
        """A plan participle after a determiner ("the planned walkout", "their scheduled
        close"): an adjective, whose clause's own verb gives the tense."""
        return w in self.future_alone and prev in self.object_determiners and w.endswith(self.past_suffixes)

    def _classify(self, word: str, nxt: str | None, prev: str | None, finite: bool, prev_name: bool) -> str | None:
        w = word.lower().replace("’", "'")
        if "-" in w:
            # a hyphenated word: a prefixed verb is its verb ("re-elected", "co-hosted"); one
            # ending in a past form before its object reads as that form ("rubber-stamped the
            # deal", "wet-leased two jets"); any other is a modifier or a noun ("the worst-hit
            # areas", "energy-related transactions", "seventh-seeded", "sign-ups") and tells
            # no tense
            head, _, tail = w.rpartition("-")
            if head in self.verb_prefixes:
                w = word = tail
            elif (
                (tail in self.irregular_past or (len(tail) > 4 and tail.endswith(self.past_suffixes)))
                and head not in self.number_heads
                and not head[:1].isdigit()
                and (nxt in self.relative_verb_next or nxt in self.relative_verb_next_preps)
            ):
                return self._classify(tail, nxt, head.rpartition("-")[2], finite, False)
            else:
                return None
        if "'" in w and self.contractions and w not in self.modal_future and w not in self.past and w not in self.present:
            w = word = self._uncontracted(w, nxt) or word
        if prev is not None and ("'" in prev or "’" in prev) and self.contractions:
            # "They'll vote on Monday", "We'll have the results": the verb the contraction
            # stands for comes before (a pronoun with it is no name)
            verb = self._uncontracted(prev.replace("’", "'"), w)
            if verb is not None and verb != "is":
                prev, prev_name = verb, False
        if w in self.remaining_after_units and prev in self.unit_words:
            return None  # "with less than four weeks left until Christmas": what remains, no verb
        if w in self.period_end_participles and nxt is not None and (prev in self.unit_words or prev in self.period_nouns):
            return None  # "results for the year ended March 31 on Wednesday": the period's name, no verb
        if prev in self.plan_compared and w in self.future_alone:
            return None  # "as previously planned", "than expected": a comparison, not a plan ahead
        if (
            w in self.modal_possible
            and word[0].islower()
            and nxt is not None
            and nxt not in self.modal_possible_not_before
            and nxt not in self.modal_elided_next
            and not (w in self.modal_past_ability and (nxt in self.passive_be or nxt in self.modal_past_ability_not_before))
        ):
            return "future"
        if w in self.forecast_adjectives and prev in self.be_forms and nxt not in self.forecast_adjective_not_before:
            # "forecasters said showers were possible Thursday morning", "snow is likely on
            # Sunday": a forecast looks ahead of the day it was made (not "it was likely that ...")
            return "future"
        if nxt in self.infinitive and w in self.future_needs_be_to and (prev in self.be_forms or prev in self.be_due_adverbs):
            return "future"  # "talks are due to start at the weekend" (not "cancelled due to rain")
        if w in self.future_needs_be_to and (prev in self.be_forms or prev in self.be_due_adverbs) and nxt in self.due_next:
            # "is due in court on Monday", "are due back in action on Saturday": ahead; "was due
            # in court on Monday (but failed to appear)" gives no cue of its own
            return None if prev in self.past_plan_needs_to else "future"
        if (
            w in self.future_needs_be_to
            and nxt in self.infinitive
            and prev is not None
            and _alpha(prev)
            and prev not in self.be_forms
            and prev not in self.perfect_be
            and prev not in self.due_to_cause_after
            and not prev.endswith(self.past_suffixes)
        ):
            # "the Social Security checks due to go out on Wednesday": a reduced relative of a
            # plan, ahead (not the cause of "closed due to snow", "a delay due to fog")
            return "future"
        if w in self.future_needs_be_to and nxt in self.due_next and prev is not None and prev not in self.be_forms and prev not in self.perfect_be:
            # "with the next vote due in June", "The report, due in June, will": a reduced
            # relative, a plan with no tense of its own: the nearer one
            return "present"
        if finite:
            if w in self.modal_future or (nxt in self.infinitive and w in self.finite_future_needs_to):
                return "future"
        elif w in self.future_plain and word[0].islower() and prev not in self.plain_not_after and (prev_name or self._plural(prev)):
            return "future"  # "Analysts expect a small loss in the first quarter", "Organisers plan another march"
        elif w in self.future_alone and nxt in self.future_alone_past_next.get(w, ()) and prev not in self.passive_be:
            return "past"  # "The trip was postponed in November": when it was put off, not where to
        elif w in self.future_alone and not self.attributive_plan(w, prev):
            # not an attributive participle: "talks ran beyond their scheduled close at 6pm on
            # Friday" is dated by "ran" ("the upcoming vote", an adjective, still looks ahead)
            return "future"
        elif w in self.hope_not_after_pluperfect and (prev in self.pluperfect or prev in self.relatives):
            # "had hoped for a vote of confidence from the Sunday poll", "The campaign, which
            # aimed to plant a million trees in January, fell short": a hope gone by
            return None
        elif nxt in self.infinitive and w in self.future_needs_to:
            return "future"  # "expected to", "going to"
        elif nxt == "for" and w in self.future_needs_for:
            return "future"  # "hoped for a modest lift by Labor Day"
        elif nxt in self.infinitive and w in self.past_plan_needs_to:
            return "present"  # "the game was to tip off Wednesday": the nearer day
        elif prev in self.infinitive and w in self.future_after_to:
            return "future"
        if w in self.comparison_not_before and nxt in self.comparison_than:
            return None  # "no earlier than Thursday": a bound, not the past cue "earlier"
        if w in self.participle_not_before and nxt in self.participle_not_before[w]:
            return None  # "followed by a summit on Saturday": a sequence, not the clause's tense
        if w in self.past:
            if prev in self.passive_aux and (w in self.reporting_past or w.endswith(self.past_suffixes)):
                return None  # "Mass will be said at 10 a.m. Friday": a passive, read on to "will"
            if w in self.obligation_next and nxt in self.obligation_next[w]:
                return "future"  # "have to return on Monday", "would have to return in December": an obligation ahead
            if w in self.possession_next and nxt in self.possession_next[w]:
                if prev in self.modal_future or prev in self.modal_possible:
                    return None  # "We'll have the results on Monday's program": read on to the modal
                return "present"  # "has enough supplies to last until June": possession, not a perfect
            if w in self.verb_before and prev in self.verb_before[w]:
                return None  # "the visit will last from Tuesday": read on to "will"
            if w in self.past_not_after_determiner and prev in self.object_determiners:
                return None  # "will be allowed back into the last evacuated streets on Friday": an ordinal
            return "past"
        if w in self.present:
            if prev in self.modal_future and w in self.present_adverbs:
                return None  # "will now be delivered": read on to "will"
            if w in self.progressive_be and nxt is not None and self._arranged(nxt):
                return "future"  # "They are meeting on Monday": an arrangement ahead
            return "present"
        if (
            w in self.schedule_nouns
            and prev is not None
            and (prev in self.irregular_past or (len(prev) > 4 and prev.endswith(self.past_suffixes) and prev not in self.not_past))
            # ("The VAT cut takes effect": a noun that is also a past form is the subject; not "The
            # prison cut visits on Monday")
            and not (w in self.schedule_after_noun_subject and prev in self.past_same_as_base)
        ):
            return None  # "the study tracked visits in the year ending March 31": a noun, the past verb's object
        if w in self.schedule_verb_nouns and not prev_name:
            return None  # "had filed compliance reports by Wednesday": a noun; a company's "reports" has its name before it
        if (
            w in self.present_schedule
            and word[0].islower()
            and prev not in self.schedule_not_after
            and (prev not in self.plain_not_after or prev in self.relatives or prev in self.coordinators)
        ):
            # "the conference that opens on Sunday": a relative clause's schedule too
            if w not in self.present_schedule_next or nxt in self.present_schedule_next[w]:
                return "future"  # "the president heads to Paris on Wednesday"
            if w in self.schedule_next_only:
                return None  # "told his French hosts Tuesday": a noun unless its object follows
            return "present"  # "the first test comes at 1200 GMT": the present, no plan
        if w in self.present_plain and word[0].islower() and not (prev or "").endswith(("'s", "’s")):
            # "the leaders meet Monday", "Arafat and Netanyahu meet Monday": a plural present
            # after a plural subject, a pronoun or a name; not a bare infinitive ("expected to
            # meet") nor a noun ("the confidence vote", "the start"): read on
            plural = self._plural(prev)
            if prev in self.relatives and prev not in self.determiner_relatives:
                # "the Games, which run from July 27", "the talks, which resume on Monday": a
                # relative's plural present ("that" may be a determiner: "that meet")
                plural = True
            elif prev in self.plain_not_after or not (plural or prev_name or (prev == "," and nxt in self.plain_plan_objects.get(w, ()))):
                # ("China's tariffs on U.S. goods, announced on Wednesday ..., take effect on
                # Thursday": a plan's own phrase after an aside that hides its subject)
                return None
            # a fixture ("Arsenal host Chelsea on Sunday") is ahead, whatever day it is said
            return "future" if w in self.fixture_plain or nxt in self.fixture_plain_next.get(w, ()) else "present"
        if word in self.capitalised_names:
            return None  # "Fed to announce rate decision Wednesday": a name
        participle = w in self.irregular_past or (
            len(w) > 4 and w.endswith(self.past_suffixes) and w not in self.not_past and word[0].islower()
        )
        if participle:
            if prev in self.relatives and w not in self.past_same_as_base and (
                nxt is None or nxt in self.relative_verb_next or nxt in self.relative_verb_next_preps or nxt.endswith(self.adverb_suffixes)
            ):
                # "the number that stood in January", "the attack that killed 19": "that" opens
                # a clause; not "expects that reduced rates in June will help" (an adjective)
                return "past"
            if (
                prev in self.passive_aux
                or prev in self.adjective_before
                or (
                    ((prev or "").endswith(("'s", "’s")) or prev in self.ordinal_adjectives)
                    and nxt is not None
                    and _alpha(nxt)
                    and nxt not in self.possessive_verb_next
                )  # "Barroso's reshuffled Commission", "its first uncrewed flight"
            ):
                return None  # "will be paid", "a still unspecified date", "Barroso's reshuffled Commission": not the clause's tense
            if w in self.participle_adjectives and nxt is not None and _alpha(nxt) and nxt not in self.relative_verb_next:
                return None  # "will hold emergency closed consultations": an adjective before its noun
            if prev in self.plain_not_after and prev not in self.coordinators:
                return None  # "threatening to cut", "could hit", "the cut": a base form or a noun
            if prev in self.present_passive_aux:
                return "present"
            return "past"
        return None


#: the word right after an expression, or its possessive "'s" ("Sunday's quake")
#: a headline that opens with a quoted title and goes on ("'Dil Ka Mausam' to release on Friday")
_RE_QUOTED_TITLE = re.compile(r"[\"“‘'][^\"”’'\n]{1,60}[\"”’']\s+\w")
_RE_NEXT_WORD = re.compile(r"(?:['’]s?\s+|\s+)([A-Za-z][A-Za-z-]*)")


#: the most words of an aside or a parenthesis the sentence's "will" reaches across
_WILL_ASIDE_WORDS = 10


def _plain_tail(cues: TenseCues, tail: list[str]) -> bool:
    """Does the phrase between an aside and the expression only place it ("for third place in
    Stuttgart on", "in the final at the Maracana on"): prepositions, determiners, names,
    numbers and nouns of scheduled events, no noun of something that happened ("for the delays
    at Gatwick on", "in connection with the stabbing of a teenager on")? (Words as written.)"""
    for w in tail:
        lw = w.lower()
        if any(ch.isupper() for ch in w) or lw in cues.will_tail_preps or lw in cues.object_determiners or lw in cues.will_place_words:
            continue
        if lw in cues.scheduled_events or lw[:-1] in cues.scheduled_events or lw in cues.will_distributive_ordinals or lw in cues.ordinal_words:
            continue  # "in the quarter-finals in Cape Town on", "for third place in Stuttgart on"
        return False
    return True


def _distributive_tail(cues: TenseCues, tail: list[str]) -> bool:
    """ "the first on", "the second one on", "the last of them": an ordinal that hands out the
    clause's plural object, before the expression's preposition."""
    return (
        2 <= len(tail) <= 4
        and tail[0] == "the"
        and tail[1] in cues.will_distributive_ordinals
        and all(w in cues.day_preps or w in cues.will_distributive_words for w in tail[2:])
    )


#: a weekday right after an expression, perhaps after "on" ("at 5 pm on Friday", "at 6am Sunday")
_RE_ON_DAY_AFTER = re.compile(r"[ \t]+(?:on[ \t]+)?([A-Za-z]+)\b")


def _before_pattern(words: list[str], skip: list[str]) -> re.Pattern[str] | None:
    """One of ``words`` right before the expression, or before one word of ``skip`` ("ahead of
    the", "effective on")."""
    if not words:
        return None
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    skips = "".join("|" + re.escape(w) + r"\s+" for w in skip)[1:]
    return re.compile(r"\b(?:" + alts + r")\s+" + (f"(?:{skips})?" if skips else "") + "$", re.I)


def _but_past_after(cues: TenseCues, right: list[str], rw: list[str]) -> bool:
    """Does the clause go on, after the expression, with "but" and a past verb right after it
    ("... on Sunday but went home empty-handed")?"""
    for i, w in enumerate(rw[:_MAX_WORDS]):
        if w in cues.breaks and w not in (",", "but"):
            return False
        if w == "but":
            # the same subject's next deed: the past verb right after "but" (not "but union
            # officials said", another subject's clause)
            j = i + 1
            return j < len(rw) and cues.classify(right[j], rw[j + 1] if j + 1 < len(rw) else None, rw[j - 1]) == "past"
    return False


def _would_before(cues: TenseCues, lw: list[str], k: int) -> bool:
    """Is ``lw[k]`` (words right to left) "would" before "otherwise" ("would otherwise have"),
    the mark of a plan averted? (A bare "would have" is as often a past counterfactual: "If
    Smith had made the putt, he would have won on Sunday".)"""
    return k + 1 < len(lw) and lw[k] in cues.counterfactual_adverbs and lw[k + 1] in cues.future_in_past


def _called_for_action(cues: TenseCues, left: list[str], lw: list[str], dist: int, right: list[str]) -> bool:
    """After "called for" at ``lw[dist]`` (words right to left), is the object a collective
    action ending right before the expression's preposition ("called for peaceful protests on
    Tuesday"), with no other noun's phrase in it ("an investigation into the strike on Monday",
    "peace at a vigil on Tuesday"), not in the pluperfect ("had called for a shutdown"), and no
    past verb after the expression ("..., which drew 10,000 people")?"""
    # the action noun, after a place named with its preposition ("a protest outside Parliament that day")
    e = 1 if lw[0] in cues.day_preps else 0
    while e < dist - 1 and left[e][:1].isupper():
        while e < dist - 1 and left[e][:1].isupper():
            e += 1  # a place's name ...
        if lw[e] not in cues.called_for_not_between:
            return False
        e += 1  # ... and its preposition
    if e >= dist - 1 or lw[e] not in cues.called_for_events:
        return False
    if any(w in cues.called_for_not_between or not _alpha(w) for w in lw[e + 1 : dist - 1]):
        return False
    if dist + 1 < len(lw) and (lw[dist + 1] in cues.pluperfect or (dist + 2 < len(lw) and lw[dist + 2] in cues.pluperfect)):
        return False
    rw = [w.lower() for w in right]
    return not any(cues.classify(right[k], rw[k + 1] if k + 1 < len(rw) else None, rw[k - 1] if k else None) == "past" for k in range(len(rw)))


def _alpha(w: str) -> bool:
    """Is the token a word of letters (a hyphenated one too: "balanced-budget"), not a mark?"""
    return w.replace("-", "").isalpha()


def _ability_ahead(cues: TenseCues, left: list[str], lw: list[str], dist: int, right: list[str]) -> bool:
    """Does "could be" at ``lw[dist]`` (words reversed, nearest first) look ahead? Only when a
    word follows "be", the word is no perception or contact ("could be heard", "could be
    reached"), nothing in the clause before it negates it ("Neither he nor his parents could
    be located"), and nothing tells a past ability: "only" ("could be named only on
    Wednesday"), a result or purpose ("so repairs could be made", "so badly damaged that it
    could be towed"), or another verb of the sentence in the past ("before the ferry
    capsized", "As the floodwaters receded"), a verb of saying aside."""
    if dist < 2 or lw[dist - 2] in cues.modal_past_ability_passive_past or not _alpha(lw[dist - 2]):
        return False
    if any(w in cues.modal_past_ability_limits for w in lw[:dist]):
        return False
    for k in range(dist + 1, min(len(lw), dist + 1 + _MAX_WORDS)):
        w = lw[k]
        if w in cues.breaks:
            break
        if w in cues.modal_past_ability_negations or w in cues.modal_past_ability_results or w in cues.modal_past_ability_limits:
            return False  # ("Only 40 of the 200 passengers could be evacuated on Sunday")
    # the sentence's other words in text order: those before "could" up to a word that opens
    # its clause as what a verb tells ("doubted whether anything could be done"), then those
    # after the expression
    before = left[dist + 1 :]
    cut = next((k for k, w in enumerate(before) if w.lower() in cues.modal_past_ability_complements), len(before))
    words = [*before[:cut][::-1], *right]
    low = [w.lower() for w in words]
    for k, w in enumerate(low):
        if w in cues.reporting or w in cues.saying_verbs:
            continue
        if cues.classify(words[k], low[k + 1] if k + 1 < len(low) else None, low[k - 1] if k else None) == "past":
            return False
    return True


def _nearest_cue_before(cues: TenseCues, text: str, s: int, pos: int) -> str | None:
    """The tense of the nearest verb before ``pos`` in its clause, reading past commas (a place
    in apposition: "may have occurred in La Gloria, Veracruz, as early as"), up to another
    break."""
    words = _WORD.findall(text, s, pos)
    lw = [w.lower() for w in words]
    for i in range(len(words) - 1, -1, -1):
        if lw[i] == ",":
            continue
        if lw[i] in cues.breaks or lw[i] in cues.reporting:
            return None  # "said the document calls for embedding soldiers as early as January": the report's verb dates nothing
        got = cues.classify(words[i], lw[i + 1] if i + 1 < len(lw) else None, lw[i - 1] if i else None)
        if got:
            return got
    return None


def _pluperfect_before(text: str, pos: int, cues: TenseCues) -> bool:
    """ "had been scheduled for", "had set ... for": "had" within the two words before ``pos``;
    or a plan as it stood in the past right before it ("had been due to put the measure to a
    vote", "was due to put", "were to put"): "to" last, "had"/"was"/"were" within four words."""
    words = [w.lower() for w in _WORD.findall(text, max(0, pos - 40), pos)]
    if any(w in cues.pluperfect for w in words[-2:]):
        return True
    return bool(words) and words[-1] in cues.infinitive and any(w in cues.pluperfect or w in cues.past_plan_needs_to for w in words[-4:])


def _forward_phrase_reaches(cues: TenseCues, text: str, m: re.Match[str], start: int) -> bool:
    """Does the forward phrase ``m`` (group ``ph``) look ahead to the expression at ``start``?
    Not across a past verb ("ahead of the referendum held by the government on Sunday"), not as
    an owner's figure ("revised up its forecast for the year ... in late January"), not when a
    verb of saying is right before the day it was said ("Cuba predicted Wednesday", "predicted
    on Monday that") or a past verb of its own dates the day ("The forecast issued Monday called
    for snow"), not a forecast made before ("Forecasters had predicted snow on Wednesday")."""
    if not _gap_clean(cues, text, m.end("ph"), start):
        return False
    if any(w.lower() in cues.forward_phrase_not_after for w in _WORD.findall(text, max(0, m.start() - 30), m.start())[-2:]):
        return False
    if " ".join(m.group("ph").lower().split()) in cues.forward_phrase_said:
        gap = _WORD.findall(text, m.end("ph"), start)
        if text[start : start + 1].isupper() and (not gap or (len(gap) == 1 and gap[0].lower() in cues.date_prepositions)):
            return False
        while gap and gap[-1].lower() in cues.date_prepositions:
            gap = gap[:-1]  # ("The forecast received on Wednesday": the verb before the preposition)
        if gap and cues.classify(gap[-1], None, gap[-2] if len(gap) > 1 else None) == "past":
            return False
    return not _pluperfect_before(text, m.start(), cues)


#: how many words a forward phrase reaches over before its day with no past verb between
_GAP_FREE_WORDS = 6
#: ...and at most, with none ("ahead of a meeting of OPEC oil ministers in Vienna on Wednesday")
_FORWARD_REACH = 10


def _gap_clean(cues: TenseCues, text: str, a: int, b: int) -> bool:
    """May a forward phrase ending at ``a`` reach the expression at ``b``: up to six words
    whatever they are, more only with no past verb or participle and no contrasting
    conjunction between ("ahead of a meeting of OPEC oil ministers in Vienna on Wednesday";
    not "ahead of the referendum held by the Italian government on Sunday")?"""
    words = _WORD.findall(text, a, b)
    lw = [w.lower() for w in words]
    # (the expression's own preposition is no contrast: "a chance of thunderstorms after 3 p.m. Saturday")
    if any(w in cues.forward_phrase_gap_contrasts for w in (lw[:-1] if lw and lw[-1] in cues.forward_gap_own_preps else lw)):
        return False
    if len(words) <= _GAP_FREE_WORDS:
        return True
    return not any(cues.classify(w, lw[i + 1] if i + 1 < len(lw) else None, lw[i - 1] if i else None) == "past" for i, w in enumerate(words))


#: the dashes that end a dateline ("KOBE, Japan, Jan. 16 — At 5:46 a.m. Monday, ...")
_DATELINE_DASHES = (" — ", " -- ", " – ")


def _apposed_time(cues: TenseCues, rw: list[str]) -> int:
    """After a fronted expression's comma (``rw[0]``), an apposition that names the time ("At
    5:46 a.m. Monday, the moment the earth split 10 years ago, thousands will stand"): the index
    of its closing comma, whose verb dates nothing here; -1 when there is none."""
    if len(rw) < 4 or rw[1] != "the" or rw[2] not in cues.fronted_aside_nouns:
        return -1
    for j in range(3, len(rw)):
        if rw[j] == ",":
            return j
        if rw[j] in cues.breaks:
            return -1
    return -1


def _phrase_pattern(words: list[str], relatives: list[str], reach: int = 6) -> re.Pattern[str] | None:
    """One of ``words`` (group ``ph``), then at most ``reach`` words of the same clause, right
    before the expression (none of them one of ``relatives``: a relative pronoun or a gap stop
    such as "since")."""
    if not words:
        return None
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    # the gap never crosses a relative pronoun: "ahead of talks that collapsed on Monday"
    rel = "|".join(map(re.escape, sorted(relatives))) or "(?!)"
    return re.compile(r"\b(?P<ph>" + alts + r")\s+(?:(?!(?:" + rel + r")\s)[^\s,;:.!?()\"“”]+\s+){0," + str(reach) + r"}$", re.I)


def _phrasal_not_plan(cues: TenseCues, found: str) -> bool:
    """A plan verb with a particle that makes it another verb ("was not set up until December":
    established, not scheduled)."""
    words = found.lower().split()
    return len(words) > 1 and words[1] in cues.plan_verb_not_next.get(words[0], ())


def _notice_pattern(
    verbs: list[str], nouns: list[str], preps: list[str], middles: list[str], aux: list[str] = ()  # type: ignore[assignment]
) -> re.Pattern[str] | None:
    """A verb that issues a notice, at most four words, the notice noun and "for"/"from" right
    before the expression, or before a range's start and its middle ("issued a winter storm
    warning from 1 p.m. Sunday to", "imposed a curfew from 9pm on Saturday until 6am on")."""
    if not verbs or not nouns or not preps:
        return None
    v = "|".join(re.escape(w) for w in verbs)
    n = "|".join(re.escape(w) for w in nouns)
    p = "|".join(re.escape(w) for w in preps)
    mid = "|".join(re.escape(w) for w in middles)
    word = r"[^\s,;:.!?()\"“”]+\s+"
    rng = rf"(?:(?:[^\s,;:!?()\"“”]+\s+){{1,4}}?(?:{mid})\s+(?:{word}){{0,2}}?)?" if mid else ""
    # a place may come between the notice and its days ("declared a curfew in Damascus from")
    # or who it is by ("a walkout by Network Rail staff from")
    place = r"(?:(?:in|on|across|over|for|by)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:[a-z][\w-]*\s+)?)?"
    # or the notice first, in the passive ("An orange alert has been issued for Ernakulam,
    # Idukki and Thrissur for Sunday")
    a = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(aux, key=len, reverse=True)) or "(?!)"
    passive = r"\b(?:" + n + r")\s+(?:(?:" + a + r")\s+)?(?:" + v + r")\s+(?:for\s+[^.;:!?()\"“”]{1,60}?\s+)?(?:" + p + r")\s+"
    # a clock before the day ("from 6pm on Christmas Eve")
    clock_on = r"(?:[^\s,;:.!?()\"“”]+\s+on\s+)?"
    return re.compile(r"(?:\b(?:" + v + r")\s+(?:" + word + r"){0,4}?(?:" + n + r")\s+" + place + r"(?:" + p + r")\s+|" + passive + r")" + clock_on + rng + "$", re.I)


def _plan_pattern(
    verbs: list[str], preps: list[str], events: list[str] = (), day_preps: list[str] = (), dets: list[str] = ()  # type: ignore[assignment]
) -> re.Pattern[str] | None:
    """A plan verb, at most four words, then "for"/"to"/"until" (and "on", a day's preposition)
    right before the expression, or with a planned event between ("invited Trump to the White
    House for a meeting on Thursday")."""
    if not verbs or not preps:
        return None
    v = "|".join(re.escape(w) for w in verbs)
    p = "|".join(re.escape(w) for w in preps)
    det = "|".join(re.escape(w) for w in sorted(dets, key=len, reverse=True))  # "a", "the"
    ev = (f"(?:(?:{det})\\s+)?" if det else "") + r"(?:" + "|".join(re.escape(w) for w in events) + r")\s+" if events else ""
    on = "".join("|" + re.escape(w) + r"\s+" for w in day_preps)[1:]
    return re.compile(
        r"\b(?:" + v + r")\s+(?:[^\s,;:.!?()\"“”]+\s+){0,6}?(?:" + p + r")\s+(?:" + ev + r")?" + (f"(?:{on})?" if on else "") + "$", re.I
    )


#: the longest headline line (characters: `_headline_infinitive`, `_headline_from`), and how
#: far either way its line ends are looked for (a longer line is no headline, and the search
#: stays bounded on dense input)
_HEADLINE_CHARS = 160
_LINE_SEARCH_CHARS = 400


def _short_line(text: str, pos: int) -> tuple[int, int] | None:
    """The start and end of the line around ``pos``, or None when either end lies more than
    _LINE_SEARCH_CHARS away."""
    nl = text.rfind("\n", max(0, pos - _LINE_SEARCH_CHARS), pos)
    if nl < 0 and pos > _LINE_SEARCH_CHARS:
        return None
    le = text.find("\n", pos, pos + _LINE_SEARCH_CHARS)
    if le < 0:
        if len(text) - pos > _LINE_SEARCH_CHARS:
            return None
        le = len(text)
    return nl + 1, le

#: how far back (words) the "to" of an infinitive may stand before a verb joined to it by "and"
_INFINITIVE_REACH = 8

#: the most words between a reporting verb and a time expression inside its clause's subject
_REPORTED_SUBJECT_WORDS = 6


def _in_reported_subject(cues: TenseCues, lw: list[str], rw: list[str]) -> bool:
    """Is the expression inside the subject of a reported clause whose verb is a modal of the
    future right after it ("said the meeting on Sunday would decide", "said last trains on
    Sunday will leave"), or that whole subject after a verb of saying ("said the weekend would
    be dry")? Not a counterfactual ("would have"), not with a verb between the
    reporting verb and the expression ("said he met them on Sunday")."""
    if not rw or not (rw[0] in cues.modal_future or rw[0] in cues.modal_possible) or (len(rw) > 1 and rw[1] in cues.modal_possible_not_before):
        return False
    if len(lw) > 1 and lw[1] in cues.happened_event_nouns:
        return False  # "said the attack on Saturday would not deter them": what happened, told of
    for k, w in enumerate(lw[: _REPORTED_SUBJECT_WORDS + 1]):
        if w in cues.breaks:
            return False
        if w in cues.reporting or w in cues.reporting_past or w in cues.subject_openers:
            if k + 1 < len(lw) and lw[k + 1] in cues.pluperfect:
                return False  # "Organisers had said the rally on Saturday would go ahead": an old plan
            # a noun and the day's preposition between ("said the meeting on Sunday would"), or
            # the expression the whole subject of a verb of saying ("said the weekend would be
            # dry"; not the participle of "the measures announced Tuesday will take effect")
            return (k > 0 and lw[0] in cues.date_prepositions) or (k == 0 and (w in cues.saying_verbs or w in cues.subject_openers))
        if w not in cues.subject_adjectives and cues.classify(w, lw[k - 1] if k else None, lw[k + 1] if k + 1 < len(lw) else None) is not None:
            return False
    return False


#: the most words of a prepositional phrase between a subject and its verb ("for the show")
_SUBJECT_PHRASE_WORDS = 3


def _subject_before_phrase(cues: TenseCues, lw: list[str], at: int) -> str | None:
    """The plural head of a subject before a short prepositional phrase that ends at ``lw[at]``
    (``lw`` read leftward: "tickets for the show" before "go"), when the word right before the
    verb is not itself a plural subject; None otherwise."""
    if at >= len(lw) or cues._plural(lw[at]):
        return None
    for k in range(at, min(at + _SUBJECT_PHRASE_WORDS + 1, len(lw) - 1)):
        w = lw[k]
        if k > at and w in cues.subject_phrase_preps:
            head = lw[k + 1]
            return head if cues._plural(head) and head not in cues.plain_not_after else None
        if not _alpha(w) or w in cues.breaks or w in cues.modal_future or cues.classify(w, None, None) is not None:
            return None  # a verb or a modal between: no phrase of the subject's
    return None


def _first_cue(cues: TenseCues, words: list[str], lower: list[str], limit: int | None = None) -> str | None:
    """The tense of the first cue word in ``words`` (their lower-case forms ``lower``), read
    left to right up to a clause break (and at most ``limit`` words); None when there is none."""
    for i, w in enumerate(lower[:limit]):
        if w in cues.breaks:
            return None
        c = cues.classify(words[i], lower[i + 1] if i + 1 < len(lower) else None, lower[i - 1] if i else None)
        if c:
            return c
    return None


#: the most words a fronted phrase may have before its time expression ("At a donors'
#: conference in June, ...")
_FRONT_PHRASE_WORDS = 7
_BOUNDARY = re.compile(r"(\S*)[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z0-9])|\n")
#: what every _BOUNDARY match contains: without one in a window, the window has no boundary
_BOUNDARY_CHAR = re.compile(r"[.!?\n]")


def _run_start(text: str, lo: int, p: int) -> int:
    """Where the run of non-space characters that ends at ``p`` starts (not before ``lo``)."""
    while p > lo and not text[p - 1].isspace():
        p -= 1
    return p


def _abbreviation_within(cues: TenseCues, text: str, m: re.Match[str]) -> bool:
    """Is the _BOUNDARY match ``m`` an abbreviation's full stop inside a sentence ("Dr. Smith",
    "the U.S.\nVirgin Islands" in hard-wrapped copy)? A paragraph break after it still ends the
    sentence ("began at 11 a.m.\n\nPolls opened"), and a bare line break always does."""
    return (
        m.group(0).count("\n") < 2
        and m.group(0) != "\n"
        and cues.abbrev is not None
        and cues.abbrev.search(text, m.start(), m.start() + len(m.group(1) or "") + 1) is not None
    )


def _sentence_bounds(text: str, start: int, end: int, cues: TenseCues) -> tuple[int, int]:
    # A _BOUNDARY match needs one of . ! ? or a newline, and its (\S*) cannot cross a space:
    # a scan that starts at the run of non-spaces holding the window's first such character
    # finds exactly the matches that a scan from the window's start finds (every attempt
    # before it fails), so the regex only runs from there, and not at all without one.
    lo = max(0, start - _WINDOW)
    s = lo
    first = _BOUNDARY_CHAR.search(text, lo, start)
    if first is not None:
        # up to the expression's first character: the lookahead must see it ("...ended. This quarter")
        for m in _BOUNDARY.finditer(text, _run_start(text, lo, first.start()), min(len(text), start + 1)):
            if m.end() > start or _abbreviation_within(cues, text, m):
                continue
            s = m.end()
    hi = min(len(text), end + _WINDOW)
    e = hi
    first = _BOUNDARY_CHAR.search(text, end, hi)
    if first is not None:
        for m in _BOUNDARY.finditer(text, _run_start(text, end, first.start()), hi):
            if _abbreviation_within(cues, text, m):
                continue
            e = m.start() + len(m.group(1) or "")
            break
    return s, e


def _future_host(cues: TenseCues, lw: list[str], dist: int, hosts: set[str] | None = None) -> bool:
    """Is the past verb at ``lw[dist]`` (words nearest first) in a temporal clause ("when the
    deadline expired") hanging on a "would" clause ("tariffs would take effect when ...")?
    English puts such clauses in the past for a future seen from the past; after "will" the
    past verb is past ("will review the incident after a fan was injured on Saturday").
    With ``hosts`` (the modal "will"), the same for a present verb: "will test demand when it
    sells bonds on Wednesday" looks ahead."""
    for k in range(dist + 1, min(len(lw), dist + 5)):
        if lw[k] in cues.breaks:
            return False
        if lw[k] in cues.temporal_conjunctions:
            for x in lw[k + 1 : k + 7]:
                if x in cues.breaks:
                    return False
                if x in (cues.future_in_past if hosts is None else hosts):
                    return True  # "would": "will review ... after a fan was injured" is past
            return False
    return False


def _place_comma(cues: TenseCues, left: list[str], dist: int) -> bool:
    """Is the comma at ``left[dist]`` (words as written, nearest first) one of those around a
    state abbreviation ("in Tampa, Fla., in late August"), which end no clause?"""
    return (dist + 1 < len(left) and left[dist + 1] in cues.place_abbreviations) or (
        dist > 0 and left[dist - 1] in cues.place_abbreviations
    )


#: the most words of one item of a list ("Egypt, Israel and the Palestinian territories")
_LIST_ITEM_WORDS = 4
#: the most words of a list item that is a name with its title, and a place after the last
#: ("Indian Prime Minister Narendra Modi in Tokyo on")
_LIST_NAME_WORDS = 9


#: the most words of a name in apposition between commas (", Donnybrook,", ", New South Wales,")
_APPOSITIVE_WORDS = 3


def _appositive_end(cues: TenseCues, left: list[str], lw: list[str], dist: int) -> int | None:
    """The comma at ``lw[dist]`` closes a name in apposition ("at her home, Prabhukunj, on
    Thursday", "in Paris, France, on Monday"): one to three capitalised words between two
    commas, no verb before them, a preposition right after. The index of the opening comma,
    else None. (The skipped words still count against the _MAX_WORDS window: "at the Church of
    the Sacred Heart, Donnybrook, at 11am on Monday" runs out before its "will".)"""
    if dist == 0 or lw[dist - 1] not in cues.appositive_then:
        return None
    if (titled := _titled_apposition(cues, left, lw, dist)) is not None:
        return titled
    for k in range(dist + 1, min(len(lw), dist + _APPOSITIVE_WORDS + 2)):
        if lw[k] == ",":
            if k == dist + 1 or k + 1 >= len(lw) or lw[k + 1] in cues.breaks:
                return None
            prev = left[k + 1]
            if cues.classify(prev, lw[k - 1], lw[k + 2] if k + 2 < len(lw) else None):
                return None  # "..., who said, ..." : a verb before it
            return k
        if lw[k] in cues.breaks or not left[k][:1].isupper():
            return None
    return None


def _parenthesis_end(cues: TenseCues, left: list[str], lw: list[str], dist: int) -> int | None:
    """The comma at ``lw[dist]`` closes a parenthesis that a preposition goes on from: a short
    phrase with no verb (", the 100th Tour, in Paris on Wednesday", ", also by Zoom, on
    Tuesday"). The index of the opening comma, else None."""
    if dist == 0 or lw[dist - 1] not in cues.appositive_then:
        return None
    if not all(
        lw[x] in cues.day_preps or lw[x] in cues.appositive_then or lw[x] in cues.object_determiners or lw[x] in cues.coordinators or lw[x] in cues.range_middles or left[x][:1].isupper()
        for x in range(dist)
    ):
        return None  # ("will examine the wreckage, a twin-engine Cessna, from the crash on Friday": the day is the crash's)
    for k in range(dist + 1, min(len(lw), dist + _PARENTHESIS_WORDS + 2)):
        if lw[k] == ",":
            if k == dist + 1 or k + 1 >= len(lw) or lw[k + 1] in cues.breaks:
                return None
            if k - dist - 1 > _VERBLESS_PARENTHESIS_WORDS or lw[k - 1] in cues.frame_resets or lw[k - 1] in cues.condition_words:
                return None  # (", after Prime Minister Modi, in an address on Tuesday, announced": a clause opened;
                # ", who was seen near the park, at 9pm on Saturday": a relative clause may own the day)
            if cues.classify(left[k + 1], lw[k - 1], lw[k + 2] if k + 2 < len(lw) else None) in ("past", "present"):
                return None  # "..., who said, ...": the words before the aside are no clause's own
            if any(
                cues.classify(left[x], lw[x - 1] if x > 0 else None, lw[x + 1]) is not None or lw[x] in cues.be_forms or lw[x] in cues.modal_future
                for x in range(dist + 1, k)
            ):
                return None  # ", the union said, on Friday": a clause of its own
            return k
        if lw[k] in cues.breaks:
            return None
    return None


#: the most words of a verbless parenthesis skipped before a preposition, and how far the
#: opening comma is looked for
_VERBLESS_PARENTHESIS_WORDS = 5
_PARENTHESIS_WORDS = 6


#: the most words of an apposition opened by a title noun and "of" (", capital of central
#: China's Hubei Province,")
_TITLED_APPOSITIVE_WORDS = 8


def _titled_apposition(cues: TenseCues, left: list[str], lw: list[str], dist: int) -> int | None:
    """The comma at ``lw[dist]`` closes an apposition that a title noun and "of" open, after a
    capitalised name ("would reach Wuhan, capital of central China's Hubei Province, on
    Thursday", "met Ann Lee, head of the council, on Monday"): the index of the opening comma,
    else None. No verb or other break inside."""
    for k in range(dist + 1, min(len(lw), dist + _TITLED_APPOSITIVE_WORDS + 2)):
        if lw[k] == ",":
            if k < dist + 3 or k + 1 >= len(lw) or not left[k + 1][:1].isupper():
                return None
            first = left[k - 1]
            if lw[k - 1] in cues.appositive_titles and lw[k - 2] == "of":
                return k  # ", capital of central China's Hubei Province,"
            if first[:1].isupper() and first.endswith(("'s", "’s")):
                return k  # ", France's third-largest city,", ", Ukraine's second city,"
            return None
        if lw[k] in cues.breaks or cues.classify(left[k], lw[k - 1], lw[k + 1] if k + 1 < len(lw) else None):
            return None
    return None


def _participle_comma(cues: TenseCues, lw: list[str], dist: int) -> bool:
    """Does the comma at ``lw[dist]`` (words nearest first) open a participle clause that runs
    up to the expression with no verb of its own ("will hit New Jersey on Monday, bringing a
    surge to the harbor on Tuesday evening")? Its time is the clause's before the comma. Not a
    noun or preposition in -ing ("morning", "including"), nor one that opens another time
    frame ("following")."""
    # ("held two days of talks, beginning on Monday": an -ing noun right after a comma is its verb)
    if dist > 1 and lw[dist - 1] in cues.by_participles and lw[dist - 2] == "by":
        return True  # "will play from May 14, followed by dates in late May": the sequel shares its time
    return dist > 0 and _ing_word(cues, lw[dist - 1], apposition=True)


def _day_list_end(cues: TenseCues, rw: list[str]) -> int | None:
    """Where a list of days that goes on after the expression's comma ends (words after it,
    nearest first: ", Friday and Sunday will"): the index of its last day, or None when no
    day follows the comma."""
    last = None
    for i in range(1, min(len(rw), 8)):
        w = rw[i]
        if w in cues.day_names:
            last = i
        elif w != "," and w not in cues.coordinators:
            break
    return last


def _participle_apposition(cues: TenseCues, lw: list[str]) -> bool:
    """Is the expression the end of an apposition that a present participle opens after a comma
    (words nearest first: "The exhibition, opening Thursday,", "the ship, arriving on Monday,")?
    Its own words give no tense; the clause's verb after the closing comma does."""
    for k in range(min(3, len(lw))):
        if lw[k] == ",":
            return k > 0 and _ing_word(cues, lw[k - 1], apposition=True) and all(w not in cues.breaks for w in lw[:k])
    return False


def _ing_word(cues: TenseCues, w: str, apposition: bool = False) -> bool:
    """A present participle, not an -ing noun ("meeting", "morning") nor one that opens a new
    frame; opening an apposition, also one of the nouns that may ("opening", "closing")."""
    return (
        len(w) > 5
        and w.endswith("ing")
        and w not in cues.frame_resets
        and (w not in cues.ing_not_participle or (apposition and w in cues.ing_apposition_ok))
    )


def _ing_subject(cues: TenseCues, lw: list[str]) -> bool:
    """Do the words before the expression (nearest first) end a subject with a reduced
    progressive relative, a noun and its -ing participle ("Storms arriving on", "A cold front
    moving east on")? Not an -ing noun or adjective after a determiner ("the meeting on", "a
    dumping incident in")."""
    for k in range(min(3, len(lw) - 1)):
        if _ing_word(cues, lw[k]):
            before = lw[k + 1]
            return _alpha(before) and before not in cues.object_determiners and before not in cues.front_words and before not in cues.relatives
    return False


def _aside_end(cues: TenseCues, lw: list[str], dist: int) -> int | None:
    """The comma at ``lw[dist]`` (words right to left) closes a non-restrictive relative
    clause, ", which was already a holiday,", that stands between the expression's list word
    ("and") and the item before it: the index of the comma that opens the aside, else None."""
    if dist == 0 or lw[dist - 1] not in cues.coordinators:
        return None
    for k in range(dist + 1, min(len(lw), dist + _MAX_WORDS)):
        if lw[k] in cues.breaks:
            return k if lw[k] == "," and lw[k - 1] in cues.aside_relatives and k - 1 > dist else None
    return None


def _own_date_between(cues: TenseCues, left: list[str], lw: list[str], dist: int) -> bool:
    """Between the verb at ``lw[dist]`` (a relative clause's) and the expression, does the verb
    take a date of its own ("that ended on March 31 on May 26": a preposition, a capitalised
    month or weekday, then the expression's own preposition)?"""
    between = list(range(dist - 1, -1, -1))  # words from the verb toward the expression
    if len(between) < 3 or lw[0] not in cues.date_prepositions or lw[between[0]] not in cues.date_prepositions:
        return False
    return any(left[k][:1].isupper() and lw[k].rstrip(".") in cues.date_words for k in between[1:-1])


def _place_time_item(cues: TenseCues, left: list[str], lw: list[str], dist: int) -> bool:
    """Is the comma at ``lw[dist]`` followed by a verbless place-and-time item up to the
    expression: a preposition, one to four capitalised words, a preposition ("..., in Europe
    in the fourth quarter")? Such items share the verb of the clause before the comma."""
    if not 3 <= dist <= 6:
        return False
    preps = cues.place_time_prepositions
    place = left[1 : dist - 1]
    return lw[0] in preps and lw[dist - 1] in preps and all(w[:1].isupper() for w in place)


def _list_comma(cues: TenseCues, left: list[str], lw: list[str], dist: int) -> bool:
    """Is the comma at ``lw[dist]`` (words nearest first) one between the items of a list that
    runs up to the expression ("will travel to Egypt, Israel and the Palestinian territories
    on Monday")? Every item is a few words with no verb, the last two are joined by "and" or
    "or" (", and the talks began on Monday" is a new clause, not an item)."""
    items: list[list[int]] = [[]]  # word indexes of each item, nearest the expression first
    for k in range(dist):
        w = lw[k]
        if w == ",":
            items.append([])
        elif w in cues.breaks:
            return False
        else:
            items[-1].append(k)

    def fits(ks: list[int]) -> bool:
        # a few words, or a name with its title and place ("Indian Prime Minister Narendra
        # Modi in Tokyo on"): capitalised words and function words only
        if len(ks) <= _LIST_ITEM_WORDS:
            return True
        return len(ks) <= _LIST_NAME_WORDS and all(left[k][:1].isupper() or lw[k] in cues.front_words for k in ks)

    head = items[0]  # "on territories palestinian the and israel": the last two items, joined
    conj = next((n for n, k in enumerate(head) if lw[k] in cues.coordinators), None)
    if conj is None or conj == 0 or not (conj <= _LIST_ITEM_WORDS + 1 or fits(head[:conj])):
        return False
    if len(head) - conj - 1 == 0:
        if len(items) < 2:
            return False  # ", and the talks began on Monday": a clause, not an item
    elif not fits(head[conj + 1 :]):
        return False  # (an Oxford comma before "and" leaves the last item alone: "Leeds, Hull, and York")
    if any(not it or not fits(it) for it in items[1:]):
        return False
    for k in range(dist):
        nxt = lw[k - 1] if k > 0 else None
        prev = lw[k + 1] if k + 1 < len(lw) else None
        if lw[k] != "," and cues.classify(left[k], nxt, prev):
            return False
    return True


def _comma_goes_on(cues: TenseCues, left: list[str], lw: list[str], dist: int) -> int | None:
    """Does the clause read through the comma at ``lw[dist]`` (words nearest first)? The comma
    ends no clause when it stands around a state abbreviation, closes a name in apposition,
    separates list items, or opens a verbless place-and-time item. Returns the index to go on
    after (the opening comma of an apposition, else ``dist``), or None when the comma ends the
    clause. Both nearest-cue readers ask this first, then their own tests."""
    if _place_comma(cues, left, dist):
        return dist  # "will hold their convention in Tampa, Fla., in late August"
    if (opened := _appositive_end(cues, left, lw, dist)) is not None:
        return opened  # "will be celebrated at the Church of the Sacred Heart, Donnybrook, at 11am on Monday"
    if _list_comma(cues, left, lw, dist):
        return dist  # "will travel to Egypt, Israel and the Palestinian territories on Monday"
    if _place_time_item(cues, left, lw, dist):
        return dist  # "will be launched in Japan in April, in Germany in September"
    return _venue_item(cues, left, lw, dist)


def _venue_item(cues: TenseCues, left: list[str], lw: list[str], dist: int) -> int | None:
    """Is the comma at ``lw[dist]`` followed by a verbless phrase of venue up to the expression
    (a word of venue_prepositions first, a day preposition last, no verb between: ", against
    Everton at the King Power Stadium on Saturday")? Such a phrase shares the verb before the
    comma; a relative aside just before the comma (", who beat them at home last month,") is
    passed over too. Returns the index to go on
    after, or None."""
    if not 2 <= dist <= _VENUE_WORDS or lw[dist - 1] not in cues.venue_prepositions or lw[0] not in cues.day_preps:
        return None
    for k in range(1, dist - 1):
        w = lw[k]
        if left[k][:1].isupper():
            continue  # a name ("the King Power Stadium")
        if w in cues.breaks or w in cues.past or w in cues.present or w in cues.future_alone or w in cues.modal_future:
            return None
        if w.endswith(cues.past_suffixes) or w.endswith("ing") or w in cues.passive_aux:
            return None
    for k in range(dist + 1, min(len(lw), dist + _MAX_WORDS)):
        if lw[k] in cues.breaks:
            # ", who meet in São Paulo tonight, in the final": the aside's opening comma
            return k if lw[k] == "," and lw[k - 1] in cues.aside_relatives and k - 1 > dist else dist
    return dist


#: the most words of a verbless phrase of venue after a comma (", against Everton at the King Power Stadium on")
_VENUE_WORDS = 9


#: how far back past a temporal conjunction its host clause's future auxiliary may be ("is to hold
#: a rally on the lakefront here Monday evening before flying to ...")
_HOST_WORDS = 13

#: the most words of a short quotation read past as the object of the verb before it
_QUOTE_WORDS = 8
#: prepositions that may stand between the quotation and the expression
_QUOTE_THEN = frozenset({"on", "at", "in", "by"})


def _fragment_open_at(text: str, s: int, start: int, day_preps: frozenset[str]) -> int | None:
    """The opening quotation mark of a quoted fragment the sentence runs on into, a few words
    before ``start`` ('would fly to Kuwait "on Saturday or Sunday."'): preceded by a space and
    a lower-case word, opening (an even number of straight marks before it in the sentence),
    with no other mark between it and ``start``. None when there is none."""
    lo = max(s, start - _FRAGMENT_CHARS)
    for i in range(start - 1, lo - 1, -1):
        ch = text[i]
        if ch in "\"“”":
            if ch == "”" or i < 2 or text[i - 1] != " " or not text[i - 2].islower():
                return None
            if ch == '"' and text.count('"', s, i) % 2:
                return None  # a closing mark
            inside = text[i + 1 : start].strip().lower()
            if inside and inside not in day_preps:
                return None  # 'said "we fly out on Sunday"': the quotation's own verb dates it
            return i
        if ch in ".!?;:\n":
            return None
    return None


#: how far before an expression the opening mark of a quoted fragment may be ('"on Saturday')
_FRAGMENT_CHARS = 16


def _quote_before(lw: list[str]) -> int:
    """How many of the words before an expression (nearest first) a short quotation right
    before it takes, its two quote marks included: 'tweeted "All is well!" late Tuesday' reads
    "tweeted". 0 when no quotation closes right before the expression."""
    first = 1 if lw and lw[0] in _QUOTE_THEN else 0  # 'said "we will win" on Tuesday'
    if len(lw) <= first or lw[first] not in ('"', "”"):
        return 0
    for k in range(first + 1, min(len(lw), first + _QUOTE_WORDS + 2)):
        if lw[k] in ('"', "“"):
            return k + 1
        if lw[k] in (",", ";", ":", "(", ")", "—", "–", "”"):
            return 0  # a long or broken quotation: the clause stops at it, as before
    return 0


def _quoted_title(cues: TenseCues, left: list[str], lw: list[str], dist: int) -> int | None:
    """Where (in ``lw``, nearest first) the opening mark is of a short quotation whose closing
    mark is ``lw[dist]``: up to _TITLE_WORDS words with no break among them, and a lower-case
    word or a possessive before it ('its "great repeal bill" white paper'). None otherwise."""
    for k in range(dist + 1, min(len(lw), dist + _TITLE_WORDS + 2)):
        if lw[k] in ('"', "“"):
            if k == dist + 1 or k + 1 >= len(left) or not (left[k + 1][:1].islower() or lw[k + 1].endswith(("'s", "’s"))):
                return None  # an empty pair, or a quotation opening the sentence or after a break
            if dist == 0 or not left[dist - 1][:1].islower():
                return None
            if lw[dist - 1] in cues.title_not_before and not any(
                lw[x] in cues.modal_future or lw[x] in cues.future_alone or lw[x] in cues.infinitive for x in range(k + 1, min(len(lw), k + 1 + _TITLE_WORDS))
            ):
                # 'after the "flash crash" in sterling': a quoted noun of its own, the clause it
                # breaks stays broken, unless a future before it carries on ('will hold a
                # "national day of mourning" on Thursday')
                return None
            return k
        if lw[k] in cues.breaks or lw[k] in ("”", "“"):
            return None
    return None


#: the most words of a short quoted name inside a clause ('its "great repeal bill" white paper')
_TITLE_WORDS = 5


def _near_words(text: str, a: int, b: int, *, before: bool, extra: int = 0) -> list[str]:
    """The _MAX_WORDS + 1 words of ``text[a:b]`` nearest to ``b`` (``before``) or to ``a``.

    Tokenising only the _NEAR characters next to the expression gives the same words
    whenever it finds more than _MAX_WORDS + 1 of them: a word cut by the shorter window
    is the farthest one, which is not kept (a scan that starts inside a word resumes in
    step with the full scan at that word's end)."""
    k = _MAX_WORDS + 1 + extra
    near = _NEAR + extra * 12
    if b - a > near:
        words = _WORD.findall(text, b - near, b) if before else _WORD.findall(text, a, a + near)
        if len(words) > k:
            return words[-k:] if before else words[:k]
    words = _WORD.findall(text, a, b)
    return words[-k:] if before else words[:k]


class ClauseTense:
    """Finds the tense of the clause around ``text[start:end]``."""

    def __init__(self, lex: Lexicon) -> None:
        self.cues = TenseCues(lex)
        self._local = threading.local()  # per-thread memo of the text being tagged
        self._cue_memo: dict[tuple[str | None, ...], str | None] = {}

    def __call__(self, text: str, start: int, end: int) -> str | None:
        # a mention's tense is asked for by its rule and again when it is emitted: compute it once
        loc = self._local
        if getattr(loc, "text", None) is not text:
            loc.text, loc.memo = text, {}
        memo = loc.memo
        key = (start, end)
        if key not in memo:
            memo[key] = self._tense(text, start, end)
        return memo[key]

    def sentence(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The bounds of the sentence holding ``text[start:end]`` (abbreviations do not end it)."""
        return _sentence_bounds(text, start, end, self.cues)

    def _tense(self, text: str, start: int, end: int) -> str | None:
        cues = self.cues
        s, e = _sentence_bounds(text, start, end, cues)
        if cues.inversion_future and self._inverted(text, s, start):
            return "future"
        if cues.forward is not None and (fw := cues.forward.search(text, max(s, start - 30), start)) is not None:
            said = " ".join(fw.group(0).lower().split())
            if any(said.startswith(p) for p in cues.forward_unless_past) and _nearest_cue_before(cues, text, s, fw.start()) == "past":
                return "past"  # "may have occurred as early as February": a bound on a past event
            return "future"
        near = max(s, start - 90)
        window = text[near:start].lower()
        for pat, keys in ((cues.forward_phrase, cues.forward_phrase_keys), (cues.plan, cues.plan_keys)):
            # a substring test first: the regex only runs where one of its words is
            m = pat.search(text, near, start) if pat is not None and any(k in window for k in keys) else None
            if m is not None and pat is cues.forward_phrase and not _forward_phrase_reaches(cues, text, m, start):
                m = None
            if m is not None and pat is cues.plan and self._old_plan(text, s, m.start()) and not _phrasal_not_plan(cues, m.group(0)):
                # "The work was originally scheduled for Friday but was put off": an old plan,
                # its day on either side of the report: the nearer one
                return "present"
            if m is not None and not (
                pat is cues.plan
                and (
                    _pluperfect_before(text, m.start(), cues)
                    or self._past_after(text, end, e)
                    or _phrasal_not_plan(cues, m.group(0))
                )
            ):
                # "ahead of the vote on Sunday", "called a strike for Wednesday"; not the old
                # plan of "had been scheduled for January 25, but was delayed", nor a reduced
                # participle before the clause's own past verb ("a strike called for Monday
                # shut schools")
                return "future"
        if cues.notice is not None and any(k in window for k in cues.notice_keys) and cues.notice.search(text, near, start):
            # "issued a winter storm warning from 1 p.m. Sunday to 7 p.m. Monday", "imposed a
            # curfew from 10 p.m. Friday": a notice issued is of its own days, near the report,
            # not of its verb's past (nor surely ahead: "a warning for Sunday" said on Monday):
            # the present, which reads the nearer day; "will impose a curfew" still looks ahead
            return "future" if self._cue(text, s, start, end, e) == "future" else "present"
        due = self.cues.plan_right_before
        dm = due.search(text, max(s, start - 12), start) if due is not None else None
        if dm is not None and self._weak_plan_gone(text, s, e, dm):
            dm = None
        if dm is not None and not self._past_after(text, end, e) and not self._past_before(text, s, dm.start()):
            # "collections due on Wednesday would be made a day later"; not "the payment due on
            # Wednesday was late", nor "the installment fell due on Tuesday"
            return "future"
        if cues.baseline is not None and cues.baseline.search(text, max(s, start - 60), start):
            return "past"  # "down from 1.5 million in the summer": the baseline a figure is compared with, gone by
        q = _fragment_open_at(text, s, start, cues.day_preps) if start > s else None
        # 'would fly to Kuwait "on Saturday or Sunday."': the clause the fragment goes on from
        t = self._cue(text, s, q if q is not None else start, end, e)
        if t is None:
            t = self._far_cue(text, s, start)
        if t is None:
            t = self._fronted_cue(text, s, start, end, e)
        if t is None and self._will_in_sentence(text, s, start, end, e):
            t = "future"
        if t is None and self._headline_infinitive(text, s, start, end):
            return "future"  # "Bus workers to strike from Monday": a headline's plan
        if t is None and self._headline_from(text, s, start):
            return "future"  # "Winter session from Monday": a headline's start of what comes
        if t != "past" and cues.weak_forward is not None and cues.weak_forward.search(text, max(s, start - 30), start):
            return "future"
        if (
            t in (None, "present")
            and cues.weak_forward_phrase is not None
            and any(k in window for k in cues.weak_forward_phrase_keys)
            and (cm := cues.weak_forward_phrase.search(text, near, start)) is not None
            and self._opens_clause(text, s, cm.start())
        ):
            return "future"  # "if the bill passes on Friday"
        return t

    def _inverted(self, text: str, s: int, pos: int) -> bool:
        """Does the sentence open with an inverted modal ("Will the Fed cut rates on
        Wednesday?", "Should the ruling go against him on Monday, ...") whose clause runs up to
        ``pos`` with no break?"""
        cues = self.cues
        first = _RE_FIRST_WORD.match(text, s, pos)
        if first is None or first.group(1).lower() not in cues.inversion_future:
            return False  # the common case, read without tokenising the sentence
        words = _WORD.findall(text, s, pos)
        if len(words) < 3 or not words[0][:1].isupper() or words[0].lower() not in cues.inversion_future:
            return False
        if words[1].lower() not in cues.inversion_subjects:
            return False
        if any(w in cues.breaks or w.lower() in cues.breaks for w in words[2:]):
            return False
        # "Could the outage on Tuesday have been avoided?": a perfect asks about the past
        rest = _WORD.findall(text, pos, min(len(text), pos + 80))
        return not any(w.lower() in cues.modal_possible_not_before for w in rest[:_MAX_WORDS])

    def _weak_plan_gone(self, text: str, s: int, e: int, dm: re.Match[str]) -> bool:
        """Is a "due in"/"due by" (lexicon plan_right_before_weak_preps) no plan ahead: in an
        aside set off by a comma ("The verdict, due in August, was postponed"), after a word of
        an old plan ("originally due in September"), or in a sentence that tells it missed or
        moved ("Refunds due in March are still outstanding", "will be deferred until")?"""
        cues = self.cues
        words = dm.group(0).lower().split()
        if len(words) < 2 or words[1] not in cues.plan_weak_preps:
            return False
        if text[s : dm.start()].rstrip().endswith(","):
            # an aside: what its clause does after the closing comma ("The verdict, due in
            # August, was postponed"; "The baby, due in June, will be ...")
            close = text.find(",", dm.end(), e)
            if close != -1 and self._past_after(text, close + 1, e):
                return True
        before = _WORD.findall(text, max(s, dm.start() - 30), dm.start())
        if before and before[-1].lower() in cues.plan_gone_words:
            return True
        return any(w.lower() in cues.plan_missed_words for w in _WORD.findall(text, s, e))

    def _headline_infinitive(self, text: str, s: int, pos: int, end: int) -> bool:
        """Is the expression at ``pos`` in a headline-style line ("Workers to strike from
        Monday", a live-blog entry "Crossing to reopen Sunday, says source"): a line of its own
        with no final stop, whose words before it hold "to" and a lower-case verb after it?
        Not when the day is another frame's ("Relief to arrive after Sunday's quake") or names
        a noun after it ("Council to blame for Monday flooding", "Sunday's win"). Only asked
        when nothing else in the clause gave a tense."""
        cues = self.cues
        if not cues.headline_infinitive:
            return False
        before = _WORD.findall(text, max(0, pos - 20), pos)
        if before and before[-1].lower() in cues.headline_infinitive_day_not_after:
            return False
        after = _RE_NEXT_WORD.match(text, end)
        if after is not None and (
            (after.group(1).islower() and after.group(1) not in cues.headline_day_next_ok) or after.group(0).startswith(("'", "’"))
        ):
            return False  # "Monday flooding", "Sunday's quake": the day names a noun, not the verb's time
        bounds = _short_line(text, pos)
        if bounds is None:
            return False  # a long line is no headline
        ls, le = bounds
        line = text[ls:le].rstrip().rstrip("\"”’')").rstrip()
        if not line or line[-1] in ".!?:;" or (line[0] in "\"“‘'(" and not _RE_QUOTED_TITLE.match(line)) or len(line) > _HEADLINE_CHARS or s > ls:
            return False  # a sentence in a paragraph, a line the text ends with a stop, a quotation
        words = _WORD.findall(text, ls, pos)
        for i, w in enumerate(words[:-1]):
            nxt = words[i + 1]
            if i > 0 and w.lower() in cues.headline_infinitive and nxt.islower() and _alpha(nxt) and nxt not in cues.headline_infinitive_not_next:
                return True
        return False

    def _headline_from(self, text: str, s: int, pos: int) -> bool:
        """Is the expression at ``pos`` after a starting preposition ("from") in a headline-style
        line with no tense of its own ("Winter session from Monday; Govt lines up 31 Bills",
        "the bills going up from Tuesday")? What a headline says starts is still to come."""
        before = _WORD.findall(text, max(0, pos - 30), pos)
        if not before or before[-1].lower() not in self.cues.headline_start_preps:
            return False
        if len(before) > 1 and before[-2].lower() in self.cues.headline_from_not_after:
            return False  # "Highlights from Sunday's final", "Lessons from Tuesday night": looked back on
        if re.match(r"\w+['’]s\b", text[pos : pos + 14]):
            return False  # a possessive day names its event ("from Sunday's final")
        bounds = _short_line(text, pos)
        if bounds is None:
            return False  # a long line is no headline
        ls, le = bounds
        if len(_WORD.findall(text, ls, pos)) < 2:
            return False  # "From Valentine's Day to verdict": a span looked back on
        line = text[ls:le].rstrip().rstrip("\"”’')").rstrip()
        return bool(line) and line[-1] not in ".!?:;" and line[0] not in "\"“‘'(" and len(line) <= _HEADLINE_CHARS and s <= ls

    def _old_plan(self, text: str, s: int, pos: int) -> bool:
        """Is the plan at ``pos`` an old one, "originally/initially/previously planned for
        March" (then postponed)?"""
        left = _near_words(text, s, pos, before=True)
        return bool(left) and left[-1].lower() in self.cues.plan_compared

    def _past_before(self, text: str, s: int, pos: int) -> bool:
        """Is there a past verb before ``pos`` in its clause, other than one of reporting ("fell
        due", "was due", "missed a payment due"; not "said collections due")?"""
        left = _near_words(text, s, pos, before=True)
        lw = [w.lower() for w in left]
        cues = self.cues
        for i in range(len(left) - 1, -1, -1):
            if lw[i] in cues.breaks or lw[i] in cues.relatives:
                return False  # "warned that the payment due on Tuesday would be made"
            if lw[i] in cues.reporting:
                return False  # "The council said bin collections due on Wednesday would be made"
            if lw[i] in ("has", "have", "having"):
                continue  # "Greece has a payment due on Tuesday": possession
            c = cues.classify(left[i], lw[i + 1] if i + 1 < len(lw) else None, lw[i - 1] if i else None, finite=True)
            if c:
                return c == "past"
        return False

    def _past_after(self, text: str, end: int, e: int) -> bool:
        """Is there a past finite verb after the expression, before the next clause break?"""
        right = _near_words(text, end, e, before=False)
        return _first_cue(self.cues, right, [w.lower() for w in right]) == "past"

    def _opens_clause(self, text: str, s: int, pos: int) -> bool:
        """Does the word at ``pos`` open a clause (sentence start, after a comma or a
        coordinator)? "If the bill passes on Friday" is a condition; "it is not known if the
        strike in March killed civilians" asks whether."""
        before = text[max(s, pos - 40) : pos].rstrip()
        if not before or pos <= s:
            return True
        if before[-1] in ",;:(\"“":
            return True
        last = _WORD.findall(before)
        return bool(last) and last[-1].lower() in self.cues.clause_openers

    def _cue(self, text: str, s: int, start: int, end: int, e: int) -> str | None:
        # only the nearest _MAX_WORDS words (plus one neighbour) on each side are ever looked
        # at, and they alone decide: dense runs of dates ("May 1, May 2, ...", a table of
        # days) repeat the same words around each one (digits are not words), so the answer
        # is memoised on them
        left = _near_words(text, s, start, before=True, extra=_SKIP_EXTRA)
        if "," not in left[-_MAX_WORDS - 1 :]:
            left = left[-_MAX_WORDS - 1 :]  # no comma, no aside to skip: the usual window (and memo key)
        right = _near_words(text, end, e, before=False)
        key = (*left, None, *right)
        memo = self._cue_memo
        got = memo.get(key, memo)
        if got is memo:
            if len(memo) >= _CUE_MEMO_SIZE:
                memo.clear()
            got = memo[key] = self._cue_of(left, right)
        return got  # type: ignore[return-value]

    def _far_cue(self, text: str, s: int, start: int) -> str | None:
        """When the nearest words give no cue: a future auxiliary farther back in the same
        clause ("will be named commander of the shuttle for a mission in December"), or, for
        an absolute "with" clause, the tense of the clause it hangs on ("would leave from
        March 30, with the third departing from August 6"; "completed its offer, with
        holders tendering by the Tuesday deadline")."""
        cues = self.cues
        left = _WORD.findall(text, max(s, start - _FAR_CHARS), start)[::-1][:_FAR_WORDS]
        lw = [w.lower() for w in left]
        skip_to = -1
        for dist, w in enumerate(lw):
            if dist <= skip_to:
                continue
            if w in cues.breaks:
                if w == "," and (goes_on := _parenthesis_end(cues, left, lw, dist)) is not None:
                    skip_to = goes_on  # (only reached with no cue after the expression)
                    continue
                if w == "," and (goes_on := _comma_goes_on(cues, left, lw, dist)) is not None:
                    skip_to = goes_on
                    continue
                if w == "," and _participle_comma(cues, lw, dist):
                    continue  # "is forecast to make landfall late Monday, bringing a surge ... Monday evening"
                if w != "," or dist == 0 or lw[dist - 1] not in cues.absolute_with:
                    return None
                return self._clause_cue(left, lw, dist + 1)
            if w in cues.frame_resets:
                participle = w in cues.participle_conjunctions and dist > 0 and len(lw[dist - 1]) > 4 and lw[dist - 1].endswith("ing")
                if (w in cues.temporal_conjunctions or participle) and self._will_hosts(left, lw, dist):
                    # "will test demand when it sells bonds on Wednesday", "is to hold a rally
                    # Monday evening before flying to St. Louis for Tuesday's debate"
                    return "future"
                return None  # "will return after his reelection ... on October 29": another time frame
            if w in cues.absolute_with and not (dist + 1 < len(lw) and lw[dist + 1] in cues.breaks) and any(
                cues.classify(left[k], None, lw[k + 1]) == "past"
                and k + 1 < dist  # a noun between "with" and its participle,
                and not lw[k + 1].endswith(("'s", "’s"))  # not an adjective ("with Zaire's embattled President")
                and lw[k + 1] not in cues.object_determiners
                for k in range(max(0, dist - 4), dist)
            ):
                # "with Stuart Clark under-bowled despite taking two wickets in the morning": an
                # absolute "with" has no tense of its own; the clause it hangs on dates it
                # (a present or future host tells nothing of the participle's day: "returns home
                # with its captain injured in training on Monday")
                return "past" if self._clause_cue(left, lw, dist + 1) == "past" else None
            if dist >= _MAX_WORDS and w in cues.modal_future:
                return "future"
            if (
                dist >= _MAX_WORDS
                and w in cues.future_alone
                and dist + 1 < len(lw)
                and lw[dist + 1] in cues.be_forms
                and lw[dist + 1] not in cues.past_plan_needs_to
            ):
                return "future"  # "is expected to serve as interim president for up to 48 hours until Congress chooses a successor on Saturday"
            if dist >= _MAX_WORDS and lw[dist - 1] in cues.infinitive and w in cues.future_needs_to:
                return "future"  # "expected to meet Biden, Kishida and Modi in Tokyo on Tuesday"
            if dist >= _MAX_WORDS and w in cues.future_needs_be_to and dist + 1 < len(lw) and lw[dist + 1] in cues.be_forms:
                # "is due to meet Biden, Kishida and Modi in Tokyo on Tuesday", "are due back in
                # action for their provinces in the Currie Cup final on Saturday" (not "was due back")
                if lw[dist - 1] in cues.infinitive or (lw[dist - 1] in cues.due_next and lw[dist + 1] not in cues.past_plan_needs_to):
                    return "future"
        return None

    def _will_in_sentence(self, text: str, s: int, start: int, end: int, e: int) -> bool:
        """When nothing nearer dates a weekday or a month (or a clock its weekday follows): does a
        "will" (or "plans to", "is expected to") earlier in the sentence govern it, across what
        only interrupts its clause? A gloss in parentheses ("at 10:00 am in Moscow (0700 GMT) on
        Monday"), an aside closed by a comma before a phrase that only places the expression
        ("will play the hosts, Germany, for third place on Saturday"; "who meet in Sao Paulo
        tonight, in the final on Sunday"), a distributive ordinal of a plan's parts ("will
        release prisoners in two stages, the first on Thursday") or a coordinated phrase ("this
        evening, and again on Tuesday"). Not a trailing phrase that names something that
        happened ("will stay near $900, its level at the close on Friday", "for the delays at
        Gatwick on Monday"), nor across a finite verb, a participle, a comparison or a report's
        medium, nor with a past verb after the expression."""
        cues = self.cues
        then = _RE_ON_DAY_AFTER.match(text, end)
        if not (
            any(w.lower() in cues.date_words for w in _WORD.findall(text, start, end))
            or (then is not None and then.group(1).lower() in cues.weekday_names)  # "at 5 pm on Friday"
        ) or self._past_after(text, end, e):
            return False  # (a bare clock or a relative date may be the story's)
        left = _WORD.findall(text, max(s, start - _FAR_CHARS), start)[::-1][:_FAR_WORDS]
        lw = [w.lower() for w in left]
        seg = 0  # where the phrase the scan is in starts (nearest word first)
        k = 0
        while k < len(lw):
            w = lw[k]
            if w == ")":  # a parenthesis: skipped whole, when it only glosses ("(0700 GMT)", "(Asia-Pacific ...)")
                close = next((x for x in range(k + 1, min(len(lw), k + _WILL_ASIDE_WORDS + 2)) if lw[x] in ("(", ")")), None)
                if close is None or lw[close] != "(":
                    return False
                if any(not left[x][:1].isupper() for x in range(k + 1, close)):
                    return False  # "(about $5 million) for the spill on Sunday", "(a spokesman confirmed the breach)": a comment, not a gloss
                k = close + 1
                continue
            if w == ",":
                tail = lw[seg:k][::-1]  # the words between this comma and the expression, in order
                if seg == 0 and _distributive_tail(cues, tail) and any(x in cues.will_distributive_plans for x in lw[k + 1 : k + 4]):
                    seg = k = k + 1  # "in two stages, the first on Thursday" (not "two outages, the second on Tuesday")
                    continue
                if len(tail) >= 2 and tail[0] in cues.coordinators and (
                    tail[1] in cues.will_tail_preps or tail[1] in cues.will_coordinated_adverbs or tail[1] in cues.present_plain
                ):
                    seg = k = k + 1  # "this evening, and again on Tuesday", "..., and gather for a dinner on Saturday"
                    continue
                if not tail or tail[0] not in cues.will_tail_openers:
                    return False  # "..., its level at the close on Friday": a phrase of its own
                opening = next((x for x in range(k + 1, min(len(lw), k + _WILL_ASIDE_WORDS + 2)) if lw[x] == "," or lw[x] in cues.will_in_sentence_stops), None)
                if opening is not None and lw[opening] == "," and _plain_tail(cues, left[seg:k][::-1]):
                    if any(cues.classify(left[x], lw[x - 1], lw[x + 1] if x + 1 < len(lw) else None) == "past" for x in range(k + 1, opening)):
                        return False  # "will speak to Smith, who resigned, on Monday": the aside's past may own the day
                    seg = k = opening + 1  # the aside is skipped whole ("the hosts, Germany, for ...")
                    continue
                if (len(tail) == 1 and tail[0] in cues.day_preps) or tail[0] in cues.will_trailing_openers:
                    # "Three meetings will be held, on Tuesday at ...": the phrase is the
                    # expression's own; "will hold talks on Friday morning, before the closing
                    # ceremony at 5 pm on Friday"
                    seg = k = k + 1
                    continue
                return False  # no aside closed here: the comma ends the verb's clause
            if w in cues.will_only:
                return True
            if (
                k > 0
                and lw[k - 1] == "to"
                and (
                    (w in cues.will_like_after_be and k + 1 < len(lw) and lw[k + 1] in cues.will_like_be)
                    or w in cues.will_like_plans
                )
            ):
                return True  # "is expected to fly ..., on a transport on Tuesday", "plans to visit ..."
            if w in cues.will_in_sentence_stops or w in cues.breaks or w in cues.speech_media or w in cues.known_event_nouns:
                return False  # (", in a statement on Monday", "the wreckage from the crash on Friday": the words' or the event's day)
            if cues.classify(left[k], lw[k - 1] if k > 0 else None, lw[k + 1] if k + 1 < len(lw) else None) in ("past", "present"):
                return False
            if (w in cues.irregular_past or (len(w) > 4 and w.endswith(cues.past_suffixes) and w not in cues.not_past)) and not (
                k + 1 < len(lw) and lw[k + 1] in cues.be_forms
            ):
                return False  # "will review themes already discussed Monday": a participle's own day (not "will be turned off")
            k += 1
        return False

    def _will_hosts(self, left: list[str], lw: list[str], dist: int) -> bool:
        """Does the temporal clause opened at ``lw[dist]`` ("when it sells bonds on Wednesday")
        hang on a "will" clause, with no past verb of its own? English tells a future there in
        the present."""
        cues = self.cues
        for k in range(dist):
            if cues.classify(left[k], lw[k - 1] if k else None, lw[k + 1] if k + 1 < len(lw) else None) == "past":
                return False
        for k in range(dist + 1, min(len(lw), dist + _HOST_WORDS)):
            if lw[k] in cues.breaks:
                return False
            if lw[k] in cues.modal_future or lw[k] in cues.future_alone or (lw[k] in cues.future_needs_to and lw[k - 1] in cues.infinitive):
                return True  # "will test demand when ...", "is to hold a rally Monday evening before flying ..."
        return False

    def _fronted_cue(self, text: str, s: int, start: int, end: int, e: int) -> str | None:
        """A sentence-initial expression dates the main verb, however far it comes after the
        fronted phrases: "In January, a week after the anniversary of the decision, a clinic
        bombing in Birmingham, Ala., killed a guard"."""
        cues = self.cues
        dash = max(text.rfind(d, s, start) for d in _DATELINE_DASHES)
        if dash >= 0:
            s = dash + 3  # "KOBE, Japan, Jan. 16 — At 5:46 a.m. Monday, ...": the dateline is no part of the clause
        before = _WORD.findall(text, s, start)
        # a fronted expression dates the main verb, a reporting verb too ("At 9 p.m. that night,
        # the presidency told delegates that a text would be released": 9 p.m. is when it told)
        if (len(before) > 3 or any(w.lower() not in cues.front_words for w in before)) and not self._fronted_phrase(
            text, before, end
        ):
            return None
        right = _WORD.findall(text, end, min(e, end + _FAR_CHARS))[:_FAR_WORDS]
        rw = [w.lower() for w in right]
        if before and before[-1].lower() in cues.object_determiners and right and right[0].islower() and _alpha(right[0]):
            return None  # "The November increases should not be viewed with alarm": a noun's modifier in the subject
        aside = False  # inside ", whose term ends next month,": a relative clause's verb dates nothing here
        apposed = _apposed_time(cues, rw)  # ", the moment the earth split 10 years ago,"
        for i, w in enumerate(rw):
            if i <= apposed:
                continue
            if w in cues.breaks:
                if w == ",":
                    # (only after a fronted adverbial set off by its comma: in "The May contract,
                    # which expires on Tuesday, fell" the relative tells of the date's own noun)
                    aside = rw[0] == "," and i > 0 and i + 1 < len(rw) and rw[i + 1] in cues.fronted_aside_relatives and not aside
                    continue
                return None
            if aside:
                continue
            c = cues.classify(right[i], rw[i + 1] if i + 1 < len(rw) else None, rw[i - 1] if i else None, finite=True)
            if c:
                return c
        return None

    def _fronted_phrase(self, text: str, before: list[str], end: int) -> bool:
        """A longer fronted phrase that the expression closes: "At a donors' conference in
        June, governments pledged": a preposition opens the sentence, no word before the
        expression is a verb or a clause break, and a comma follows it."""
        cues = self.cues
        if not 1 < len(before) <= _FRONT_PHRASE_WORDS or before[0].lower() not in cues.front_prepositions:
            return False
        if not text.startswith(",", end):
            return False
        lw = [w.lower() for w in before]
        for i, w in enumerate(lw):
            if w in cues.breaks or cues.classify(before[i], lw[i + 1] if i + 1 < len(lw) else None, lw[i - 1] if i else None):
                return False
        return True

    def _clause_cue(self, left: list[str], lw: list[str], first: int) -> str | None:
        """The nearest tense cue in the clause that starts ``first`` words back (right to left)."""
        cues = self.cues
        for dist in range(first, min(len(lw), first + _MAX_WORDS)):
            w = lw[dist]
            if w in cues.breaks:
                return None
            if w in cues.reporting:
                continue
            nxt = lw[dist - 1] if dist > 0 else None
            prev = lw[dist + 1] if dist + 1 < len(lw) else None
            c = cues.classify(left[dist], nxt, prev)
            if c:
                # the verb of a relative clause ("flights carrying Angolans who have
                # volunteered, with a Christmas break...") is not the host clause's
                if any(x in cues.relatives for x in lw[dist + 1 : dist + 4]):
                    continue
                return c
        return None

    def _cue_of(self, left: list[str], right: list[str]) -> str | None:
        cues = self.cues
        left = left[::-1]
        lw = [w.lower() for w in left]
        rw = [w.lower() for w in right]
        # the nearest cue on the left inside the clause governs; then the right side,
        # up to a comma (a trailing ", officials said" reports, it does not date)
        fronted = True  # only function words between the clause start and the expression

        def carry_ok() -> bool:
            # the clause after the comma has no verb of its own on the right ("..., and a
            # strike on Monday killed 20 people" is a new clause)
            return _first_cue(cues, right, rw, _MAX_WORDS) is None

        if lw and (
            lw[0] in cues.subject_openers
            # "declared that Thursday and Friday would be public holidays": the second of two
            or (len(lw) >= 3 and lw[0] in cues.coordinators and left[1][:1].isupper() and lw[2] in cues.subject_openers)
        ):
            # "announced that Wednesday will be a day of mourning": the expression opens the
            # clause as its subject; its own verb, on the right, dates it
            own = _first_cue(cues, right, rw, _MAX_WORDS)
            if own is not None:
                return own

        if _in_reported_subject(cues, lw, rw):
            return "future"  # "said the last trains on Sunday would leave at 10 p.m.": the subject's modal

        skip_to = _quote_before(lw)
        planned = False
        limit = min(len(left), _MAX_WORDS)  # an aside skipped does not count against the window
        dist = -1
        while dist + 1 < limit:
            dist += 1
            if dist < skip_to:
                continue  # 'tweeted "All is well!" late Tuesday': the quote is the verb's object
            if lw[dist] in ('"', "”") and (k := _quoted_title(cues, left, lw, dist)) is not None:
                # 'will publish its "great repeal bill" white paper on Thursday', 'in two
                # "targeted" operations in September': a short quoted name or scare quote inside
                # the clause is no break, and its words ("targeted") do not date the clause
                skip_to = k + 1
                limit = min(len(left), limit + k + 1 - dist)
                continue
            if lw[dist] in cues.breaks:
                if dist == 0 and lw[dist] == "(":
                    continue  # "will leave at 4 in the morning (4 a.m. EDT Thursday)": a gloss
                if lw[dist] == "," and carry_ok() and (k := _parenthesis_end(cues, left, lw, dist)) is not None:
                    # "will present the route of next year's race, the 100th Tour, in Paris on
                    # Wednesday"; not when a verb after the expression is its clause's own ("said
                    # the suspect, a local man, on Monday will appear in court")
                    skip_to = k + 1
                    limit = min(len(left), limit + k + 1 - dist)
                    continue
                if lw[dist] == "," and (k := _comma_goes_on(cues, left, lw, dist)) is not None:
                    if k > dist:  # an apposition skipped does not count against the window
                        skip_to = k + 1
                        limit = min(len(left), limit + k + 1 - dist)
                    continue
                if lw[dist] == "," and (k := _aside_end(cues, lw, dist)) is not None:
                    skip_to = k + 1  # "will be closed Monday, which was already a holiday, and Tuesday"
                    limit = min(len(left), limit + k + 1 - dist)
                    continue
                if (
                    lw[dist] == ","
                    and dist > 0
                    and lw[dist - 1] in cues.comma_carry
                    and carry_ok()
                    # ("..., including 254,200 bought from Sept. 14 to Thursday": a participle of its own)
                    and not (lw[dist - 1] in cues.comma_carry_lists and any(cues.classify(w, None, None) for w in lw[: dist - 1]))
                ):
                    continue  # "will be held Friday, and a memorial on Sunday"
                if lw[dist] == "," and _participle_comma(cues, lw, dist) and carry_ok():
                    continue  # "will hit New Jersey on Monday, bringing a surge on Tuesday evening"
                break
            if lw[dist] in cues.condition_words and dist > 0:
                # "that unless he wins a state on Tuesday he could quit": the condition's own
                # time lies ahead, not the reporting verb's before it, unless its verb after
                # the expression is past ("if the vote on Sunday was fair")
                return "past" if _first_cue(cues, right, rw, _MAX_WORDS) == "past" else "future"
            if lw[dist] not in cues.front_words:
                fronted = False
            nxt = lw[dist - 1] if dist > 0 else None
            if nxt is None and rw and lw[dist] in cues.present_schedule_next:
                nxt = rw[0]  # "the sale runs Thursday through Saturday": its word after the day
            at = dist + 1
            if at + 1 < len(lw) and (
                (lw[at] in cues.subject_adverbs and (lw[dist] in cues.present_plain or lw[dist] in cues.future_plain))
                # "would be formally installed at a Mass on Tuesday": the passive's "be" before the adverb
                or (len(lw[at]) > 4 and lw[at].endswith("ly") and lw[at + 1] in cues.passive_aux)
            ):
                at += 1  # "The Mariners then begin a road trip Friday": the subject before the adverb
            prev = lw[at] if at < len(lw) else None
            # a capitalised name before it ("Arafat and Netanyahu meet"), also as the sentence's
            # first word when it is no function word ("Arsenal host Chelsea on Sunday")
            prev_name = at < len(left) and left[at][:1].isupper() and (at + 1 < len(left) or prev not in cues.plain_not_after)
            if not prev_name and lw[dist] in cues.present_plain and (head := _subject_before_phrase(cues, lw, at)) is not None:
                prev = head  # "Tickets for the show go on sale Friday": the subject before its phrase
            if prev == "," and "," in lw[at + 1 : at + _MAX_WORDS]:
                # "The new tax rates, approved by the legislature on Tuesday, take effect Friday":
                # the subject stands before a closed aside
                prev_name = True
            if lw[dist] in cues.past_same_as_base and prev in cues.coordinators and cues.infinitive & set(lw[at + 1 : at + _INFINITIVE_REACH]):
                continue  # "expected to merge with a storm and hit the coast late Monday": an infinitive
            if cues.attributive_plan(lw[dist], prev):
                planned = True  # "the planned walkout", "their scheduled close": a plan the clause's verb dates
            if lw[dist] in cues.modal_past_ability and nxt in cues.passive_be and _ability_ahead(cues, left, lw, dist, right):
                return "future"  # "liquidity could be tested on Sunday night", "could be ready by September"
            c = cues.classify(left[dist], nxt, prev, prev_name=prev_name)
            if c in ("past", "present") and nxt in cues.call_for_next.get(lw[dist], ()) and _called_for_action(cues, left, lw, dist, right):
                # "He called for peaceful protests on Tuesday", "Activists have called for further
                # protests on Saturday": the action called for lies ahead
                return "future"
            if c == "past" and prev in cues.counterfactual_have and _would_before(cues, lw, at + 1):
                # "a no-deal exit that would otherwise have happened on Friday": an averted plan,
                # its day on either side of the report: the nearer one
                return "present"
            if c == "past" and prev in cues.relatives and _own_date_between(cues, left, lw, dist):
                continue  # "the fiscal year that ended on March 31 on May 26": the relative's own date, then the clause's
            if c in ("present", "future") and lw[dist] in cues.participle_like_base and _first_cue(cues, right, rw, _MAX_WORDS) == "past":
                return "past"  # "Polls run from Monday to Wednesday showed the president ahead": a participle
            if planned and (c == "present" or (c == "past" and lw[dist] in cues.reporting)):
                # "Union leaders said the planned walkout on Monday would go ahead", "is focused on
                # its scheduled match on Sunday"; not "ran beyond their scheduled close"
                return "future"
            if c == "past" and (
                any(x in cues.absolute_with for x in lw[dist + 1 : dist + 4])
                # "with the last constituencies declared in the early hours of Sunday"
                or (
                    dist + 4 < len(lw)
                    and lw[dist + 4] in cues.absolute_with
                    and lw[dist + 3] in cues.object_determiners
                    and not (rw and rw[0].endswith("ing"))  # "with the latest figures published on Tuesday showing a fall": a reduced relative
                )
            ):
                continue  # "with draft legislation published by 25 January": a participle, no tense
            if c == "past" and _future_host(cues, lw, dist):
                return "future"  # "would take effect when the deadline expired on March 1"
            if c == "present" and _future_host(cues, lw, dist, cues.modal_future):
                return "future"  # "will test demand when it sells bonds on Wednesday"
            if c == "future" and lw[dist] in cues.schedule_verb_nouns and _first_cue(cues, right, rw, 2) in ("past", "present"):
                continue  # "Police reports on Wednesday said": a noun, the subject of "said"
            if c == "future" and any(x in cues.hope_not_after_pluperfect for x in lw[dist : dist + 4]) and _but_past_after(cues, right, rw):
                return "past"  # "Officials aimed to reopen the bridge on Monday but found new cracks": a hope gone by
            if c == "present" and 0 < dist <= 4 and nxt in cues.possession_next.get(lw[dist], ()) and any(x in cues.scheduled_events for x in lw[:dist]):
                return "future"  # "They have a game on Sunday", "has a hearing on Monday": an engagement held now lies ahead
            if c:
                if c == "future" and prev in cues.perfect_be and at + 1 < len(lw) and lw[at + 1] in cues.pluperfect:
                    return "present"  # "had been scheduled to expire Friday": an old plan, the nearer day
                if c == "future" and lw[dist] in cues.present_schedule and any(x in cues.schedule_frame for x in lw[:dist]):
                    return "present"  # "the move comes after talks on Monday": the report's present
                return c
        skip_right = -1
        for dist in range(min(len(right), _MAX_WORDS)):
            if dist <= skip_right:
                continue
            if rw[dist] in cues.breaks:
                if dist == 0 and rw[dist] == "," and fronted:
                    skip_right = _apposed_time(cues, rw)
                    continue  # "In January, the company bought...": a fronted adverbial
                if dist == 0 and rw[dist] == "," and _participle_apposition(cues, lw):
                    continue  # "The exhibition, opening Thursday, runs through Aug. 30": the main verb after it
                if dist == 0 and rw[dist] == "," and (k := _day_list_end(cues, rw)) is not None:
                    skip_right = k  # "Services on Wednesday, Friday and Sunday will also be affected": the list's verb
                    continue
                break
            if rw[dist] in cues.modal_possible and (not fronted or (dist > 0 and lw and lw[0] in cues.object_determiners)):
                # "a dumping incident in August could reach", "The November increases should not
                # be viewed with alarm": the date is in the subject
                if (
                    dist == 0
                    and _ing_subject(cues, lw)
                    and (nxt := rw[1] if len(rw) > 1 else None) not in cues.modal_possible_not_before
                    and not (rw[0] in cues.modal_past_ability and nxt in cues.passive_be)  # "could be heard": a past perception
                ):
                    # "Storms arriving on Friday could bring flooding": the subject's -ing
                    # participle has no tense of its own; the modal's possibility lies ahead
                    return "future"
                continue
            nxt = rw[dist + 1] if dist + 1 < len(rw) else None
            prev = rw[dist - 1] if dist > 0 else None
            if nxt in cues.infinitive and rw[dist] in cues.past_before_to:
                return "past"  # "the meeting on Thursday evening agreed to deploy": the meeting is past
            # "A federal judge Tuesday postponed the trial": a verb right after the expression,
            # with its object, is the finite verb of the subject before it (past), not a plan
            finite = fronted or (dist == 0 and nxt in cues.object_determiners)
            c = cues.classify(right[dist], nxt, prev, finite=finite)
            if c:
                if fronted and c != "future" and prev in cues.relatives and dist >= 2 and rw[dist] not in cues.pluperfect:
                    # "From Monday, students who have been learning at home must return": the
                    # relative clause's verb is not the clause's; a modal after it is
                    return "future" if self._modal_after(right, rw, dist + 1) else c
                return c
        return None

    def _modal_after(self, right: list[str], rw: list[str], start: int) -> bool:
        """Is there a modal of the future or of possibility at ``start`` or later in ``rw``,
        before a clause break (the verb of a clause whose subject held a relative clause)?"""
        cues = self.cues
        for i in range(start, min(len(rw), start + _MAX_WORDS)):
            w = rw[i]
            if w in cues.breaks:
                return False
            if w in cues.relatives:
                return False  # a second relative clause: too far to tell
            if (w in cues.modal_future or w in cues.modal_possible) and w not in cues.modal_past_ability and right[i][0].islower():
                nxt = rw[i + 1] if i + 1 < len(rw) else None
                return nxt not in cues.modal_possible_not_before
        return False
