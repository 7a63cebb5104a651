"""English reporting cues and speaker nouns (lower case)."""

from __future__ import annotations


def _words(*groups: str) -> frozenset[str]:
    return frozenset(w for g in groups for w in g.split())


SAY_VERBS = _words(
    "said says say told tells tell added adds stated noted explained explains argued argues questioned",
    "claimed insisted insists warned warns wrote writes tweeted announced announces reported mentioned",
    "acknowledged acknowledges admitted admits suggested suggests asked asks replied responded continued",
    "recalled testified predicted predicts declared declares confirmed confirms conceded concedes contended",
    "contends maintained maintains stressed emphasized observed remarked alleged alleges charged complained",
    "complains vowed promised pledged believes believed thinks countered agreed agrees disclosed revealed",
    "estimated estimates concluded concludes assured asserted asserts indicated indicates",
)
DENIAL_VERBS = _words("denied denies deny disputed disputes rejected")
VERBS = SAY_VERBS | DENIAL_VERBS
PARTICIPLES = _words("saying adding noting arguing claiming explaining warning insisting telling stating denying")
DENIAL_PARTICIPLES = _words("denying")
FEMININE_PRONOUNS = _words("she her")
PRONOUNS = _words("he she they it we i")
SOURCE_NOUNS = _words("source sources person people insider insiders")
OFFICIAL_NOUNS = _words(
    "official officials spokesman spokeswoman spokesperson aide aides adviser advisers advisor advisors "
    "diplomat diplomats staffer staffers strategist strategists operative operatives representative "
    "representatives officer officers"
)
OFFICIAL_ADJECTIVES = _words("security military government official diplomatic intelligence police administration")
ORG_NOUNS = _words(
    "campaign committee department ministry agency government administration company group party "
    "organization office police military army court commission council report statement poll survey study "
    "network newspaper house senate congress bureau board union association center institute foundation"
)
ANONYMOUS_DETERMINERS = _words("a an one two three several some many other another senior former")
# Words that cannot be inside a speaker phrase before a cue.
NP_STOPS = _words(
    "that which who whom whose when where and but because as if while after before since so than is was "
    "are were be been has have had will would could should may might must can do does did not also then "
    "there here this these those it's what how why to in on at by from with about into over under during "
    "earlier later later, yet even still just only already again recently previously ago",
)
ADVERBIAL_WORDS = _words(
    "on in at during monday tuesday wednesday thursday friday saturday sunday yesterday today tonight "
    "earlier later recently last this next previously also then privately publicly repeatedly again "
    "once often frequently late early afternoon morning evening night week month year time "
    "statement interview email e-mail speech conference call rally news briefing tweet post video "
    "a an the his her their its to reporters told audience crowd supporters"
)
MEDIA_WORDS = _words(
    "times post news journal cnn msnbc fox nbc abc cbs npr reuters ap bloomberg politico buzzfeed breitbart "
    "axios guardian telegraph daily magazine radio tv network herald tribune chronicle gazette examiner hill "
    "atlantic newsweek time associated press afp bbc wsj usa today nyt register globe sun mail"
)
