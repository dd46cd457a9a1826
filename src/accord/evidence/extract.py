"""The extraction pipeline for one document, and for many on one core or on Ray.

>>> from accord.evidence.types import Document
>>> ex = extract_document(Document(name="n.txt", text="The council said on Wednesday it rejects the plan."))
>>> ex.published.date is None
True
"""

from __future__ import annotations

import gc
import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from typing import Any

from accord.evidence import vocab
from accord.evidence.actors import find_mentions
from accord.evidence.agreement_guarantees import GUARANTOR_NOUNS
from accord.evidence.agreement_terms import deal_package_nouns
from accord.evidence.attribution import home_party
from accord.evidence.claims import extract_claims
from accord.evidence.columns import columns
from accord.evidence.counts import COUNTABLE, extract_counts
from accord.evidence.cues import (
    CONDUCTING_FIRST,
    SEEK_NOUNS,
    issue_mentions,
    needs_parse,
    stance_cues,
)
from accord.evidence.dates import infer_published
from accord.evidence.deal_demands import sought_words
from accord.evidence.deal_demands import trigger_words as seeking_words
from accord.evidence.event_triggers import may_have_event, trigger_words
from accord.evidence.events import extract_events
from accord.evidence.gazetteer import Gazetteer
from accord.evidence.list_positions import position_list_claims
from accord.evidence.lists import (
    lead_in_speakers,
    list_blocks,
    list_claims,
    term_blocks,
    term_list_claims,
)
from accord.evidence.numbers import find_numbers
from accord.evidence.reading import furniture, reading_copy, restore
from accord.evidence.sentence_source import REPORTING
from accord.evidence.speech import attribute_sentences
from accord.evidence.threats import may_threaten
from accord.evidence.types import Document, Extraction

# 13: paraphrases of stances, attribution families, count families and as_of, dates' evidence order
# 14: run-on lines, event paraphrases, recall families from text written blind to the rules
# 15: months are no places, armed forces name the doer, spellings of one word read alike, ranges
# 16: bodies of a party and joint sources speak, doers of completing verbs, "has/had to",
#     a narrator's pronoun skips names inside quotes, package nouns from the data file
# 17: hopes, resumed fighting and barred refusals as stances, issuers of releases, term lists
#     under headings; stages of a handover, terms that are no happenings, parts of a bare whole
# 18: the answers of a transcript are their speaker's, questions state no position, "X's
#     foreign ministry spokesman Y" speaks for X
# 19: events read by structure (a stance in an infinitive of purpose or wish is none taken, the
#     owner of an event noun is its doer, joined clauses are happenings of their own, a bare
#     participle takes its verb's mode); claims: officials of coordinated parties speak for each,
#     asking a party to assent demands the deal, verbs of seeking, commitments received, denials
# 20: mediators' packages, aims and guarantees from the parse (owners of proposal nouns by
#     hyphen, "from", a split list; passive, "with" and passing-on tablers; urging both sides,
#     closing gaps, efforts led; pledges to guarantee), a party's own "A for B" demands B,
#     counter-proposals demand the other side's terms, deals reached or taking effect with no
#     term named, term lists and phases under a tabled package, remains as bodies
# 21: speakers of statements that carry on: a quote after its speaker's reported sentence, an
#     interrupted quote's second part, "went on", "the statement read", "one of them", "it"
#     after a party's ministry, a national outlet's own ministry; another party's plan told on
#     is the article's account; "officials briefed on the talks" as one description
# 22: an event's place is the one its own clause names in the parse (the venue of talks, not their
#     topic; a state's capital by description; a toll's authority), not the nearest name
# 23: 20-22 merged, and two lexicon synonyms of a truce (the lexicon's file says which)
# 24: event reading from a challenge set of invented forms (issue 9): other senses, answers handed
#     over, readiness, talks met or halted, dated packages, briefed families, joined verbs' mode
#     and events read quotations on the whole text (a sentence opening inside a straight-marked quote
#     of several sentences hid the narrator); a quoted own act under way, a written statement's
#     quote; an undated text's day from more date forms (a numeric date ordered by its context,
#     a closing line, a relative day with its date, the past perfect as background)
#     and claims on a challenge set of invented position statements: a condition clause's issue is
#     asked for when the main clause names its own, "urged B to accept X" a demand of X
#     and attribution from a challenge set: sentence-opening first names, passive relays, a party's
#     headline before a colon, teams and bare plurals of unnamed sources, "what X describes as"
# 25: from a fresh readable set (issue 9): a source's own pledge is not a term of another's
#     package; "extended by another 24 hours" names no party; headlines that drop the auxiliary;
#     "put ... on the table"; "act as guarantors"; what "can be extended" is not extended; a
#     proposal "to extend" is no deal; a mediator's package sets no condition of its own; one
#     side's wording for the other's people ("Syldavian inmates"); a "that" clause after the
#     addressee of "told" is what was told (a parse repair)
# 26: an obligation the issue's own words take in ("the crew must be freed") is its cue; a
#     warning told to its addressee ("warned B to free X or ...") asks for X as well; an aim a
#     party says it will bring about where no cue speaks ("we will bring them home"); "would not
#     resume" rejects only talks; a vote to approve is the approval (its mode actual); a gerund
#     under "within" or "upon" is a time to come ("upon B signing"), no act; a party named in a
#     clause describing a noun ("the deal, brokered by X, ...") is not the sentence's holder; "A but
#     not B" after an acceptance refuses B; "ties/links A to B" conditions A on B; "can live with";
#     a phase made "dependent on" X; reservations about terms; keeping security control; "formula";
#     events: a deadline as time left ("has three days to respond"), reserving the right to resume,
#     being in contact, bridging gaps, discussing with a party, a package called "delusional";
#     sources: "on condition of anonymity" is no cue; what a source is "familiar with" is not its
#     party nor its head noun ("the X channel"); "Y's chief negotiator Z" speaks as Z; counts:
#     an age in brackets after a name ("Anna Varga (24)") is no count; events: a delegation that
#     "left for" a city or is sent to one, suspending a role as mediator; counts: "no longer
#     alive" is dead; a list line with its figure first and its label after a colon ("- 251: people
#     abducted ..."); claims: what a party's own package asks with a demand verb stays its demand;
#     a verb of seeking's purpose ("working with X to end the war"); "no commitment to" refuses;
#     "counteroffer" names a package; "nonstarters"; a wire dateline opening the body ("CITY,
#     Aug 18 (Agency) - ") stands apart from the sentence after it (no speaker, no subject); a
#     page's labelled date with a two-digit year ("Published: 01.17.25"); a lede that places its
#     milestone "last month" or "days ago" does not date the text by it; "the deal brokered by X"
#     is X's mediation (talks); an agreement that takes effect starts the truce; contacts with the
#     parties are talks; "until the last one" of the held names their release
# 27-28: see docs/evidence/claims.md ("Constructions read in stop 33", "... in stop 34"): an
#     anonymity request describes its source; predicate adjectives of wanting a deal; companions
#     ("together with"); the dead as bodies; guarantees received; a possessive's own clause's
#     subject; commitments to give what one gives; "can" a possibility; events of delegations,
#     owned packages, releases out of jail, dated participles, announced deals; counts of
#     negated life status, breakdown lists and bracketed fact-box parts
# 29-30: see docs/evidence/events.md and counts.md ("Stop 35", "Stop 36"): dated planned
#     releases, drafted packages, council votes, threats readied; an answer handed over as a
#     proposal unless positive, talks that drafted a package, force kept up until X, a truce in
#     force; doubled verb forms, people let go, back home or coming out released
# 31: see claims.md, events.md, counts.md and dates.md ("Stop 37"): an effort kept up until X
#     asks for X; a thing denied before X; packages judged short of requirements; phrases take
#     their head verb's irregular forms; contacts and calls as talks; people due out, still
#     held in an exchange, detained beside a released figure, taken to hospital; numeric page
#     dates of unclear order settled by a US time zone or a named weekday
# 32-34: see claims.md, counts.md, events.md and dates.md ("stop 38"): planned passives and
#     fact-box lines as deal terms; year-less datelines within officials' terms; rates of
#     exchange, inmates serving terms, death tolls, people who left or were brought out; talks
#     of delegations due, groups home, vows no threat, terms headings, talks as a topic, leaders'
#     summits; owners' packages offered, guarantors listed, cabinets speaking
# 35: see claims.md and events.md ("stop 39"): packages readied, named in a clause or tabled
#     with others, outlines and papers as packages; efforts going on; people wanted home; a
#     truce in force accepted; parties bound to deliver; deliveries held back; the war taken up
#     again a threat; no X until Y, or a crossing kept shut until Y, a conditional refusal
# 36: see claims.md, events.md and counts.md ("stop 40"): deal terms in the present and as
#     duties; packages "of" named parties; positions listed under a party's heading; a truce
#     between named parties taking effect, prolonged or stretched; what a delivery is held back
#     for asked for; a deed called a violation an accusation; put off until Y a refusal; a freed
#     group's parts, people "against" an exchange and people asked for counted as released
# 37: see claims.md, events.md, counts.md and dates.md ("stop 41"): an acceptance narrowed to
#     a deal described after it a condition (a threat event); a package another party answers
#     still its owner's offer ("their" package the parties told, terms after a colon); an
#     exchange told as done no offer; a source phrase only its unbroken words; "repeated
#     that" a report; guarantors no parties to the deal; yearless datelines dated by their
#     lede's weekday; people freed from a jail, due out or coming out counted as released; a
#     deal welcomed not the demands before it; a future pledge to guarantee an offer
# 38: see dates.md ("stop 42"): a one-off milestone beside its weekday or "yesterday", the
#     n-th day of a truce and a truce named with its day date a text; a weekday after
#     "would" is ahead; a byline below a standfirst and a labelled date before a credit date
#     the page; counts.md ("stop 42"): a part of a release that "were detained" released
#     with it, people "to come out" to be released
# 39: see events.md, claims.md and counts.md ("stop 43"): talks a party is only ready to
#     hold, or that frame a term to come, no talks; advice and a state denied no refusal;
#     a deal overturned, blocked or obligations unmet an accusation; retaliation vowed a
#     threat; signers "as guarantors" accept the guarantee, not the deal; a deal a mediator
#     calls possible its demand; "Eighteen of them" after inmates a part of them; people
#     "held" as abductees before their clause's passive release released; a box figure before a
#     long bracket; people named on a list, or expected to be freed, a planned release
# 40: see dates.md, attribution.md, events.md, counts.md ("stop 44"): an initialism ends no wire
#     dateline's first sentence; the last living abductees freed need no party named; a
#     dateline's place is no person, a byline no statement; a ministry's portfolio, a plural
#     name or a body is no event's place, and a place keeps its compounded words; a clock
#     time is no number; a part of a figure of things keeps its label; a plural's possessive
#     stays inside a name ("the X Veterans' Society")
# 41: see dates.md, events.md, counts.md ("stop 45"): a release facilitated or secured is done,
#     a phrasal exit ("walked out of the Strip") is a release, a statement released is none;
#     "as agreed", "nobody has agreed" tell no acceptance; a list of figures adding up to the
#     one before breaks it down; the parts and the rest a next sentence lists go on with it;
#     remains "still in X" are held; time counted from the start ("after N days in X") dates
# 42: see counts.md, events.md, attribution.md, figures-claims-events.md ("stop 46"): ledger
#     lines that run on after their figure, of the held when taken or rescued; the exits that are
#     releases move to count_exits; a part's status is not its whole's; denied commitments
#     refuse, efforts "for"/"with the aim of" seek; refusals barred "while X lasts" or "without"
#     condition and threaten; "its officials", a state's formal name, a quote's own unknown
#     source, "he" after a title subject
# 43: see claims.md, events.md, counts.md, attribution.md ("stop 47"): positions a phrase
#     names (a minister quitting over a deal, "time for the war to end", restraint, the next
#     stage, a truce that "will continue", war aims, inmates held back, force kept in
#     reserve); outsiders hold as unattributed; informants and addressees hold nothing; people
#     taken, operations decided on, guns falling silent; parse repairs for a closing source
#     after a list and a participle of holding taken for the main verb
# 44: see claims.md, events.md, counts.md, attribution.md ("stop 48"): people of several
#     words found from any of their words in a party phrase; what an offer asks for read from
#     its clause; a cue does not reach a coordinated clause of its own; "not going to";
#     acceptances bound to the other side's conduct; threats' targets are not their holders;
#     joint sources and joint people as speakers; a document seen is given by no one
# 45: see claims.md, events.md, attribution.md ("stop 49"): terms a source says another
#     party did not keep, and halts it tells of another party, are the source's demands; who
#     holds a cue (a package named bare, the party asked, an obligation laid on another, the
#     clause's subject); deal frames from deals named as made or packages accepted; steps on
#     a deal barred, readiness "based on", means needed and help as conditions and offers;
#     imperatives; threats of force to come; a body named again by its head noun and a party's
#     pronoun in a source; releases under way, takings of people, offers put on the table
# 46: see claims.md, counts.md, events.md, attribution.md ("stop 50"): a stage named by its
#     rank opens the deal's terms; deals that oblige, deals let go of, packages called a way
#     out; forces kept in place, goods kept out, weapons kept; warnings that name no issue;
#     a deal "within reach"; how long a wished pause lasts; release parts in fact boxes and
#     parts "detained" in the war; people who came home; bodies still somewhere; the attacks
#     inmates were jailed for are no events; "he" after an unnamed source; hyphenated names
# 47: see claims.md, counts.md, events.md, attribution.md ("stop 51"): speakers of list
#     lines and of packages (the presenter), of a participle-split subject, of a title with a
#     name in apposition, of a named body holding a position, of a relative clause's person,
#     of a report set off by commas; "his office", offices named without a possessive or by a
#     proper name; a party urged to accept a package; "only when";
#     refusing what lacks an issue with agreement verbs; a war ending "in which" ends no truce
# 48: see claims.md, counts.md, attribution.md ("stop 52"): a package put to a party ("to" on
#     the object), a pronoun for a package named earlier in the sentence, a report in a later
#     conjunct with its own subject, a list's owner from a passing-on verb and not from a verb,
#     a list's lines not offered by the parties they name, amendments to another's package, an
#     acceptance in the imperative; a colon spelling out a report; what unnamed sources say a
#     named person would do; a report of a report stated by the cited source; the families'
#     forum under more names; parts "from them", parts of inmates past a source, a bare figure
#     after people taken
EXTRACTOR_VERSION = "48"


_WORD = re.compile(r"\w+")
_TRIGGERS = trigger_words()
_SEEKING = seeking_words()
_PACKAGES = sought_words()  # sought: a deal, assent to one, a gap closed, both sides to act
# pledging to guarantee or see a deal carried out: the parse tells who commits to what;
# tabling or passing on a package ("made a new offer"): the parse tells whose it is
_GUARANTEEING = (
    vocab.stance_forms("guarantee")
    | vocab.stance_forms("oversee")
    | vocab.stance_forms("table")
    | vocab.stance_forms("convey")
    | vocab.stance_forms("convey_to")
)


@lru_cache(maxsize=2048)
def _words_of(text: str) -> frozenset[str]:
    """The casefolded words of a sentence, remembered: read when choosing what to parse and
    again by the rules (a batch holds a few hundred sentences)."""
    return frozenset(_WORD.findall(text.casefold()))


class Sentence:
    """A sentence of a parsed document with its text and offsets computed once.

    Behaves like the spaCy span it wraps (iteration, indexing, ``root``, ``doc``); reading
    ``Span.text`` builds the string token by token, and the rules read it many times.
    """

    __slots__ = (
        "span",
        "doc",
        "doc_text",
        "start",
        "end",
        "start_char",
        "end_char",
        "text",
        "words",
        "_tokens",
        "_doc_tokens",
        "_parsed",
    )

    def __init__(self, span: Any, doc_text: str, doc_tokens: list[Any] | None = None):
        self.span = span
        self.doc = span.doc
        self.doc_text = doc_text
        self.start, self.end = span.start, span.end
        if self.end > self.start:  # as ``span.start_char, span.end_char``, from the arrays
            cols = columns(self.doc)
            self.start_char, self.end_char = cols.idx[self.start], cols.end[self.end - 1]
        else:
            self.start_char, self.end_char = span.start_char, span.end_char
        self.text = doc_text[self.start_char : self.end_char]
        self.words = _words_of(self.text)
        self._tokens: list[Any] | None = None
        self._doc_tokens = doc_tokens  # all the doc's tokens, when built once for all sentences
        self._parsed: bool | None = None

    @property
    def tokens(self) -> list[Any]:
        """The sentence's tokens, built once (spaCy makes a new Token object per access)."""
        if self._tokens is None:
            whole = self._doc_tokens
            self._tokens = whole[self.start : self.end] if whole is not None else list(self.span)
        return self._tokens

    @property
    def parsed(self) -> bool:
        """Whether the parser ran on this sentence (else every token is its own head)."""
        if self._parsed is None:
            self._parsed = any(t.dep_ != "ROOT" for t in self.tokens)
        return self._parsed

    def __iter__(self) -> Iterator[Any]:
        return iter(self.tokens)

    def __len__(self) -> int:
        return self.end - self.start

    def __getitem__(self, i: Any) -> Any:
        return self.span[i]

    @property
    def root(self) -> Any:
        return self.span.root


def _sentences(
    doc: Any, text: str | None = None, tokens: list[Any] | None = None
) -> list[Sentence]:
    """The sentences of a parsed document, split again at paragraph breaks.

    ``text``: the document's text when at hand (``Doc.text`` rebuilds it token by token);
    ``tokens``: ``list(doc)``, when at hand (spaCy makes a new Token object per access).
    """
    from accord.evidence.nlp import sentence_ranges

    text = doc.text if text is None else text
    return [Sentence(doc[s:e], text, tokens) for s, e in sentence_ranges(doc)]


def _reporting_verb(sent: Any) -> bool:
    """Whether a word of ``sent`` is a reporting verb (by its part of speech); only the
    tokens whose lowercase form is one are looked at (forms read from the doc's arrays)."""
    span = getattr(sent, "span", sent)
    doc = getattr(span, "doc", None)
    if doc is None:
        return any(t.lower_ in REPORTING and t.pos_ in ("VERB", "AUX", "ADJ") for t in sent)
    lows = columns(doc).lower
    return any(
        lows[i] in REPORTING and doc[i].pos_ in ("VERB", "AUX", "ADJ")
        for i in range(span.start, span.end)
    )


def wants_parse(sent: Any) -> bool:
    """Whether any rule reads the dependency parse of this (tagged) sentence.

    The speaker rules read it where a reporting verb occurs, the count rules where a number
    meets a countable noun, the claim rules where an issue or a firm stance is named; elsewhere
    (background, description, most event sentences) tags and words are enough.
    """
    text = sent.text
    words = _words_of(text)
    if not words.isdisjoint(REPORTING) and _reporting_verb(sent):
        return True  # a reporting verb, as the speaker rules look for it
    if not words.isdisjoint(COUNTABLE) and find_numbers(text):
        return True
    if not words.isdisjoint(_TRIGGERS) and may_have_event(words):
        return True  # an event verb or noun: its clause gives mode, negation and agent
    if not words.isdisjoint(_SEEKING) and not words.isdisjoint(_PACKAGES):
        return True  # a demand for a deal: the parse tells what is sought
    if not words.isdisjoint(_GUARANTEEING) and not words.isdisjoint(_PACKAGES):
        return True  # "the mediators will monitor the accord", "X made a new offer"
    if not words.isdisjoint(GUARANTOR_NOUNS):
        return True  # "the guarantors of the deal - A, B and C": who they are
    if not words.isdisjoint(SEEK_NOUNS) and not words.isdisjoint(CONDUCTING_FIRST):
        return True  # "they would continue their efforts": whose they are says what is sought
    return needs_parse(text) or may_threaten(words, alternatives=False)


def extract_parsed(
    document: Document,
    doc: Any,
    gaz: Gazetteer | None = None,
    delivered_by: dict[str, str] | None = None,
    copy: str | None = None,
) -> Extraction:
    """Extract everything from a document already parsed by spaCy.

    ``delivered_by`` (issue -> party that gives it, e.g. from
    :func:`accord.evidence.lexicon.delivered_by_of` on a scenario) tells offers from demands.
    ``copy``: the document's reading copy, when the caller has made it for the parse.
    """
    gaz = gaz or Gazetteer.shared()
    original, name = document.text, document.name
    # ``doc`` is a parse of this copy
    text = reading_copy(original, gaz.acronyms()) if copy is None else copy
    if text is not original:
        document = replace(document, text=text)
    published = infer_published(text, name, gaz, document.published, document.url)
    tokens = list(doc)  # built once: the names and every sentence's rules read them
    index = find_mentions(text, doc, name, gaz, tokens)
    index.published = published.date
    index.home = home_party(document.outlet)
    same = not len(doc) or doc[-1].idx + len(doc[-1].text_with_ws) == len(text)
    sents = _sentences(doc, text if same else None, tokens)  # ``doc`` is the parse of ``text``
    links = furniture(text)  # links to other articles, bylines: not this article's words
    if links:
        sents = [s for s in sents if not any(a <= s.start_char < b for a, b in links)]
    atts, quotes = attribute_sentences(text, sents, index, name)
    claims = extract_claims(sents, index, atts, name, delivered_by)
    if list_blocks(sents):
        claims = sorted(
            claims
            + list_claims(
                document, sents, lambda t: _claims_of_text(t, name, gaz, delivered_by), claims
            ),
            key=lambda c: c.evidence.start,
        )
    if term_blocks(sents):
        # (drops from ``claims`` what a list's lead-in read as one sentence gave others)
        terms = term_list_claims(
            document, sents, atts, index, claims, deal_package_nouns()[1], issue_mentions
        )
        claims = sorted(claims + terms, key=lambda c: c.evidence.start)
    listed = position_list_claims(
        document, sents, atts, index, claims, deal_package_nouns()[1], issue_mentions, stance_cues
    )
    if listed:
        claims = sorted(claims + listed, key=lambda c: c.evidence.start)
    lead_in_speakers(sents, atts, claims)
    counts = extract_counts(doc, sents, name, published)
    events = extract_events(sents, index, name, published)
    extraction = Extraction(
        doc=name,
        published=published,
        mentions=index.mentions,
        quotes=quotes,
        claims=claims,
        counts=counts,
        events=events,
    )
    return extraction if text is original else restore(extraction, original)


def _claims_of_text(
    text: str, name: str, gaz: Gazetteer, delivered_by: dict[str, str] | None
) -> list[Any]:
    """The claims of one text read on its own (a list read as the sentence it stands for)."""
    from accord.evidence.nlp import parse_selected

    (doc,) = parse_selected([text], lambda _s: True)
    index = find_mentions(text, doc, name, gaz)
    sents = _sentences(doc, text)
    atts, _quotes = attribute_sentences(text, sents, index, name)
    return extract_claims(sents, index, atts, name, delivered_by)


def extract_document(
    document: Document, gaz: Gazetteer | None = None, delivered_by: dict[str, str] | None = None
) -> Extraction:
    """Extract claims, counts, events and the publication date from one document."""
    from accord.evidence.nlp import parse_selected

    gaz = gaz or Gazetteer.shared()
    copy = reading_copy(document.text, gaz.acronyms())
    (doc,) = parse_selected([copy], wants_parse)
    return extract_parsed(document, doc, gaz, delivered_by, copy)


def extract_many(
    documents: Iterable[Document],
    gaz: Gazetteer | None = None,
    batch_size: int = 4,
    delivered_by: dict[str, str] | None = None,
) -> Iterator[Extraction]:
    """Extract from many documents on this core, tagging them in batches and parsing only the
    sentences the rules read the parse of (:func:`accord.evidence.nlp.parse_selected`).

    Four texts a batch by default: smaller arrays per layer of the encoder, measured a few per
    cent less CPU than eight on a two-core machine; tags and trees are the same at 1, 2, 4 or 8.
    """
    from accord.evidence.nlp import parse_selected

    docs = list(documents)
    gaz = gaz or Gazetteer.shared()
    keep = gaz.acronyms()
    copies: deque[str] = deque()  # reading copies made for the parse, not yet extracted

    def texts() -> Iterator[str]:
        for d in docs:
            copies.append(reading_copy(d.text, keep))
            yield copies[-1]

    # What exists now (the model, the tables, the caller's data: ~100,000 objects) outlives
    # this run; kept out of the collector's generations meanwhile, it is not traversed again by
    # each full collection (~0.1 s each, two or three per 150 articles: ~3 % of the CPU).
    # The rules make many short-lived objects and few cycles: the youngest generation is
    # collected every 20,000 allocations instead of 700 (~750 collections per 300 articles,
    # ~2 % of the CPU, down to a few dozen).
    gc.freeze()
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], 20_000), *thresholds[1:])
    try:
        for document, parsed in zip(
            docs, parse_selected(texts(), wants_parse, batch_size), strict=True
        ):
            yield extract_parsed(document, parsed, gaz, delivered_by, copies.popleft())
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()
