"""The fixed choices of the data in words: organisation types, statuses, roles.

One place for every view, report, diff and rule message that shows such a value.
The board roles use the Finnish PRINCE2 terms of the source study.
"""

_TERMS: dict[str, dict[str, tuple[str, str]]] = {
    "type": {
        "division": ("toimiala", "division"),
        "service_centre": ("palvelukeskus", "service centre"),
        "municipal_enterprise": ("liikelaitos", "municipal enterprise"),
        "regional": ("seudullinen toimija", "regional body"),
        "company": ("osakeyhtiö", "company"),
        "foundation": ("säätiö", "foundation"),
    },
    "status": {
        "proposed": ("ehdotettu", "proposed"),
        "initiation": ("käynnistys", "initiation"),
        "running": ("käynnissä", "running"),
        "closed": ("päättynyt", "closed"),
    },
    "pm_role": {
        "customer_support": ("asiakkaan tukena", "supporting the customer"),
        "supplier": ("toimittajan edustajana", "as a supplier representative"),
        "none": ("ei osallistu", "not taking part"),
    },
    "maintenance": {
        "it": ("IT-palvelut", "IT services"),
        "external": ("ulkoinen", "external"),
    },
    "role": {
        "partnership_manager": ("kumppanuuspäällikkö", "partnership manager"),
        "project_manager": ("projektipäällikkö", "project manager"),
        "service_manager": ("palvelupäällikkö", "service manager"),
        "unit_head": ("yksikön päällikkö", "unit head"),
        "expert": ("asiantuntija", "expert"),
    },
    "board": {
        "executive": ("omistaja", "executive"),
        "senior_users": ("omistajan toiminnasta vastaava", "senior user"),
        "users": ("omistajan operatiivinen edustaja", "user"),
        "senior_suppliers": ("toimittajan tuotannosta vastaava", "senior supplier"),
        "suppliers": ("toimittajan operatiivinen edustaja", "supplier"),
    },
}

MESSAGES: dict[str, tuple[str, str]] = {
    f"term.{kind}.{value}": texts
    for kind, values in _TERMS.items()
    for value, texts in values.items()
}
