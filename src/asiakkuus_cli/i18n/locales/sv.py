"""Swedish (Finland): `--lang sv`.

Texts this file lacks are shown in Finnish: Finland-Swedish readers in the bilingual
cities read Finnish as the other national language, and the data itself (field names,
choices, the care-plan headings) is Finnish, so a Finnish fallback keeps a page in the
two national languages instead of mixing in a third.
"""

BABEL_LOCALE = "sv_FI"
FALLBACK = "fi"
#: `5 maj`, not the Finnish `5. maj`
DAY_PATTERN = "d "

MESSAGES: dict[str, str] = {
    "value.yes": "ja",
    "value.no": "nej",
    "problem.prefix": "fel",
    "lang.bad": "Språket '{value}' stöds inte; välj ett av: {langs}.",
    "severity.error": "fel",
    "severity.warning": "varning",
    "severity.info": "observation",
    "validate.summary": (
        "Granskade filer {files}: fel {errors}, varningar {warnings}, observationer {infos}."
    ),
    "validate.clean": "Granskade filer {files}: inget att anmärka.",
}
