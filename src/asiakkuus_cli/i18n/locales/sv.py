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
    # --- S: reading the files ---
    "ruledoc.S001.title": "Filen är inte giltig YAML.",
    "ruledoc.S002.title": "Ett fält saknas, är okänt eller har fel typ eller värde.",
    "ruledoc.S003.title": "Samma nyckel förekommer två gånger på samma ställe.",
    "ruledoc.S004.title": "`id` skiljer sig från filens namn.",
    "ruledoc.S005.title": "Två personer, segment eller filer har samma id.",
    "ruledoc.S006.title": (
        "Taggar, ankare eller alias, för djup nästling, en för stor fil eller en länk ut ur "
        "arkivet."
    ),
    "ruledoc.S007.title": "Filen är inte UTF-8.",
    "ruledoc.S008.title": "En kommentar `# asiakkuus: ignore[...]` tystar ingenting.",
    "rule.S001.after_end": "Efter filens slutmarkering ('...') finns det ännu data.",
    "rule.S001.after_end.hint": "Ta bort raden '...' eller texten efter den.",
    "rule.S001.bad_start": "Ett värde utan citattecken kan inte börja med '{char}'.",
    "rule.S001.bad_start.hint": 'Sätt värdet inom citattecken, t.ex. "{char}...".',
    "rule.S001.colon": (
        "Ett kolon och ett mellanslag (': ') står där inget nytt fält kan börja: raden är "
        "troligen mer indragen än fältet före den."
    ),
    "rule.S001.colon.hint": (
        "Dra in raden som de andra fälten på samma nivå, eller citera text som innehåller ett "
        'kolon: "Obs: ...".'
    ),
    "rule.S001.colon_in_text": (
        "Texten i fältet '{key}' innehåller ett kolon och ett mellanslag (': '), vilket YAML "
        "inte godtar i text utan citattecken."
    ),
    "rule.S001.colon_in_text.hint": (
        'Sätt hela texten inom citattecken, t.ex. {key}: "Obs: en viktig sak".'
    ),
    "rule.S001.control": "Filen innehåller styrtecknet {char}, som YAML inte tillåter.",
    "rule.S001.control.hint": (
        "Ta bort tecknet (det följer ofta med när text kopieras från ett annat program)."
    ),
    "rule.S001.directive": "Filen börjar med ett %-direktiv för YAML som inte stöds.",
    "rule.S001.directive.hint": "Ta bort raden som börjar med %; en vanlig fil behöver den inte.",
    "rule.S001.documents": (
        "Filen innehåller mer än ett YAML-dokument (`---`); en fil får innehålla bara ett."
    ),
    "rule.S001.documents.hint": (
        "Ta bort den extra raden '---' eller flytta den andra delen till en egen fil."
    ),
    "rule.S001.end_of_file": "Filen tar slut mitt i något som lämnats öppet.",
    "rule.S001.end_of_file.hint": "Kontrollera att varje citattecken och parentes [ ] { } stängs.",
    "rule.S001.escape": (
        'En text inom dubbla citattecken ("...") innehåller en escape-sekvens med omvänt '
        "snedstreck som inte finns."
    ),
    "rule.S001.escape.hint": (
        "Skriv det omvända snedstrecket två gånger (\\\\) eller använd enkla citattecken ('...')."
    ),
    "rule.S001.expected_break": (
        "Efter markeringen för en text på flera rader (| eller >) får bara en kommentar följa."
    ),
    "rule.S001.expected_break.hint": (
        "Börja texten på nästa rad, indragen, eller citera en text på en rad."
    ),
    "rule.S001.expected_dash": ("En rad mitt i en lista börjar inte med ett bindestreck ('- ')."),
    "rule.S001.expected_dash.hint": (
        "Börja varje punkt i listan med '- ', eller dra in raden som ett fält i punkten före."
    ),
    "rule.S001.expected_key": (
        "Raden passar inte in i strukturen: ett nytt fält (namn: värde) med samma indrag som "
        "de föregående väntades."
    ),
    "rule.S001.expected_key.hint": (
        "Kontrollera indraget, att inget följer efter en citerad text och att ingen listrad "
        "('- ') står bland fälten."
    ),
    "rule.S001.expected_value": "Här väntades ett värde, men raden innehåller ett lösryckt tecken.",
    "rule.S001.expected_value.hint": (
        "Ta bort det lösryckta tecknet eller sätt värdet inom citattecken."
    ),
    "rule.S001.missing_colon": "Raden saknar kolon: ett fält skrivs som namn: värde.",
    "rule.S001.missing_colon.hint": (
        "Lägg till ett kolon och ett mellanslag efter fältets namn, eller slå ihop raden med "
        "den föregående."
    ),
    "rule.S001.syntax": "Filen är inte giltig YAML på det här stället.",
    "rule.S001.syntax.hint": (
        "Kontrollera indraget (mellanslag, inga tabbar), mellanslaget efter varje kolon och "
        "citattecknen."
    ),
    "rule.S001.tab": "Raden är indragen med en tabb; YAML godtar bara mellanslag som indrag.",
    "rule.S001.tab.hint": (
        "Ersätt tabben med mellanslag (i editorn: dra in med mellanslag, storlek 2)."
    ),
    "rule.S001.unclosed_list": (
        "Listan [ ] som börjar på rad {start} stängs inte, eller så är dess punkter inte "
        "åtskilda med kommatecken."
    ),
    "rule.S001.unclosed_list.hint": (
        "Skilj punkterna åt med kommatecken och stäng listan med ']'; citera en punkt som "
        "innehåller ett kolon."
    ),
    "rule.S001.unclosed_map": (
        "Gruppen av fält {{ }} som börjar på rad {start} stängs inte, eller så är dess fält "
        "inte åtskilda med kommatecken."
    ),
    "rule.S001.unclosed_map.hint": (
        "Skilj fälten åt med kommatecken och stäng gruppen med '}}'; citera ett värde som "
        "innehåller ett kolon."
    ),
    "rule.S001.unclosed_quote": (
        "Citattecknet som börjar här stängs aldrig: det andra citattecknet saknas."
    ),
    "rule.S001.unclosed_quote.hint": (
        "Lägg till det avslutande citattecknet i slutet av texten (samma \" eller ' som i början)."
    ),
    "rule.S002.bool_format": "'{value}' är inte ett ja/nej-värde (fältet '{field}').",
    "rule.S002.bool_format.hint": "Skriv yes eller no (kyllä/ei och true/false fungerar också).",
    "rule.S002.choice": ("Värdet '{value}' är inte tillåtet i '{field}'; tillåtna: {allowed}."),
    "rule.S002.choice.hint": "Välj ett av de tillåtna värdena: {allowed}.",
    "rule.S002.complex_key": "Ett fältnamn måste vara ett enkelt ord, inte en lista eller en struktur.",
    "rule.S002.complex_key.hint": (
        "Skriv ett ord före kolonet som fältets namn; ta bort '?' och parenteserna."
    ),
    "rule.S002.customer_required": (
        "Projektet har ingen kund: skriv 'customer: ID', eller 'internal: yes' för "
        "servicecentrets eget projekt."
    ),
    "rule.S002.customer_required.hint": "Lägg till en rad 'customer: ID' eller 'internal: yes'.",
    "rule.S002.date_format": "'{value}' är inte ett datum (fältet '{field}').",
    "rule.S002.date_format.hint": "Skriv datumet som 2026-01-15 eller 15.1.2026.",
    "rule.S002.date_impossible": (
        "Datumet '{value}' finns inte (fältet '{field}'): månaden har ingen sådan dag, eller "
        "det finns ingen sådan månad."
    ),
    "rule.S002.date_impossible.hint": (
        "Kontrollera dagen och månaden: månaden är 1-12, dagen 1-31 (som 2026-01-15)."
    ),
    "rule.S002.date_impossible_day": (
        "Datumet '{value}' finns inte (fältet '{field}'): {month} {year} har bara {days} dagar."
    ),
    "rule.S002.date_impossible_day.hint": ("Kontrollera dagen; månadens sista dag är den {last}."),
    "rule.S002.done_format": "Värdet '{value}' i '{field}' är varken ett datum eller ja/nej.",
    "rule.S002.done_format.hint": (
        "Skriv dagen då åtgärden gjordes (t.ex. 15.3.2026 eller 2026-03-15), eller ja/nej."
    ),
    "rule.S002.empty": "Filen är tom.",
    "rule.S002.empty.hint": "Fyll i filen eller ta bort den; `asiakkuus plan new` ger en mall.",
    "rule.S002.invalid": "Fältet '{field}' har ett ogiltigt värde '{value}' ({detail}).",
    "rule.S002.invalid.hint": ("Rätta värdet enligt fältets beskrivning (README, fälttabellerna)."),
    "rule.S002.max": "Fältet '{field}' är {value}, över maximum {limit}.",
    "rule.S002.max.hint": "Skriv högst {limit}.",
    "rule.S002.meeting_subject": (
        "En mötesanteckning nämner antingen en kund (customer) eller ett projekt (project): "
        "det ena av dem, inte båda och inte ingetdera."
    ),
    "rule.S002.meeting_subject.hint": (
        "Skriv 'customer: ID' för ett kundmöte eller 'project: ID' för ett styrgruppsmöte, "
        "så som mappen heter."
    ),
    "rule.S002.min": "Fältet '{field}' är {value}, under minimum {limit}.",
    "rule.S002.min.hint": "Skriv minst {limit}, eller ta bort fältet om värdet inte är känt.",
    "rule.S002.missing": "Det obligatoriska fältet '{field}' saknas eller är tomt.",
    "rule.S002.missing.hint": (
        "Lägg till en rad '{field}: VÄRDE'; en mall och fälten finns i `asiakkuus plan new` "
        "eller i README."
    ),
    "rule.S002.money_ambiguous": (
        "Beloppet '{value}' är tvetydigt (fältet '{field}'): det kan betyda {thousands} eller "
        "{cents}."
    ),
    "rule.S002.money_ambiguous.hint": (
        "Skilj tusental åt med ett mellanslag ({thousands}) eller skriv centen efter ett "
        "kommatecken med två siffror ({cents})."
    ),
    "rule.S002.money_decimals": (
        "Beloppet '{value}' har fler än två decimaler (fältet '{field}')."
    ),
    "rule.S002.money_decimals.hint": (
        "Skriv centen med två siffror, t.ex. 280 000,12 €, eller avrunda till hela euro."
    ),
    "rule.S002.money_format": "'{value}' är inte ett penningbelopp (fältet '{field}').",
    "rule.S002.money_format.hint": ("Skriv euro som 280000, 280 000 €, +24 000 € eller -1 500,50."),
    "rule.S002.month_format": "'{value}' är inte en månad (fältet '{field}').",
    "rule.S002.month_format.hint": (
        "Skriv månaden som ett tal 1-12, som 2026-05 eller som ett namn (toukokuu, May)."
    ),
    "rule.S002.month_or_date_format": (
        "'{value}' är varken ett datum eller en månad (fältet '{field}')."
    ),
    "rule.S002.month_or_date_format.hint": (
        "Skriv ett datum (2026-05-15) eller en månad (May, 5, 2026-05)."
    ),
    "rule.S002.month_range": "Månaden '{value}' är inte mellan 1 och 12 (fältet '{field}').",
    "rule.S002.month_range.hint": "Skriv månaden som ett tal 1-12 eller som ett namn (May).",
    "rule.S002.not_mapping": (
        "Filens översta nivå måste innehålla fält (namn: värde), inte en lista eller ett "
        "enskilt värde."
    ),
    "rule.S002.not_mapping.hint": (
        "Börja filen med fält (id: ..., name: ...); `asiakkuus plan new` ger en mall."
    ),
    "rule.S002.segment_format": (
        "'{value}' är inte ett giltigt segment-id (fältet '{field}'): använd ett tal 1, 2, … "
        "eller ett id."
    ),
    "rule.S002.segment_format.hint": (
        "Skriv numret eller id:t för ett segment i data/organisation.yaml."
    ),
    "rule.S002.slug_format": "'{value}' är inte ett giltigt id (fältet '{field}').",
    "rule.S002.slug_format.hint": (
        "Ett id har bara små bokstäver a-z, siffror och bindestreck, högst 64 tecken, t.ex. "
        "liisa-laine."
    ),
    "rule.S002.slug_format_fix": (
        "'{value}' är inte ett giltigt id (fältet '{field}'): ett id har inga bokstäver med "
        "diakritiska tecken, inga versaler och inga mellanslag."
    ),
    "rule.S002.slug_format_fix.hint": "Skriv '{suggestion}'.",
    "rule.S002.type_int": "Fältet '{field}' måste vara ett heltal, inte '{value}'.",
    "rule.S002.type_int.hint": "Skriv ett heltal utan decimaler eller enheter, t.ex. 12.",
    "rule.S002.type_list": (
        "Fältet '{field}' måste vara en lista (rader som börjar med '- '), inte '{value}'."
    ),
    "rule.S002.type_list.hint": "Skriv varje punkt på en egen rad efter '- ', eller som [a, b].",
    "rule.S002.type_map": "'{field}' måste innehålla fält (namn: värde), inte '{value}'.",
    "rule.S002.type_map.hint": (
        "Skriv fälten på egna rader, indragna under den här (namn: värde)."
    ),
    "rule.S002.type_text": "Fältet '{field}' måste vara text, inte '{value}'.",
    "rule.S002.type_text.hint": (
        "Skriv värdet som text på samma rad; citera det om det innehåller ett kolon."
    ),
    "rule.S002.unknown": "Okänt fält '{field}'.",
    "rule.S002.unknown.hint": "Kända fält: {known}.",
    "rule.S002.unknown_close": "Okänt fält '{field}' – menade du '{suggestion}'?",
    "rule.S002.unknown_close.hint": "Byt fältets namn till '{suggestion}'.",
    "rule.S002.year_range": (
        "Året {year} i '{value}' är inte mellan {low} och {high} (fältet '{field}')."
    ),
    "rule.S002.year_range.hint": (
        "Skriv året med fyra siffror, t.ex. 2026-01-15 eller 2026-05; finns det ingen sådan "
        "dag (tills vidare), utelämna fältet."
    ),
    "rule.S003": "Fältet '{key}' förekommer här en andra gång; bara det senare värdet gäller.",
    "rule.S003.hint": "Ta bort en av de två raderna eller slå ihop värdena.",
    "rule.S004": "Id:t '{id}' motsvarar inte filnamnet {file}.",
    "rule.S004.hint": "Skriv 'id: {stem}' eller byt filens namn till {id}.yaml.",
    "rule.S005": "Id:t '{id}' är redan upptaget ({first}).",
    "rule.S005.hint": "Ge varje person, segment och fil ett eget id.",
    "rule.S006.alias": "Filen använder aliaset '*{anchor}'; ankare och alias godtas inte.",
    "rule.S006.alias.hint": "Skriv ut värdet i sin helhet överallt där det behövs.",
    "rule.S006.anchor": "Filen använder ankaret '&{anchor}'; ankare och alias godtas inte.",
    "rule.S006.anchor.hint": "Skriv ut värdet i sin helhet överallt där det behövs.",
    "rule.S006.depth": "Filen är nästlad djupare än {limit} nivåer.",
    "rule.S006.depth.hint": (
        "Gör strukturen plattare, eller höj [limits] max_depth i asiakkuus.toml."
    ),
    "rule.S006.link_dangling": (
        "Det här är en symbolisk länk vars mål inte finns; den läses inte."
    ),
    "rule.S006.link_dangling.hint": "Ta bort länken, eller rätta vart den pekar.",
    "rule.S006.link_loop": (
        "Det här är en symbolisk länk som går i ring (den leder tillbaka till sig själv); "
        "den läses inte."
    ),
    "rule.S006.link_loop.hint": ("Ersätt länken med en vanlig fil, eller rätta vart den pekar."),
    "rule.S006.not_folder": (
        "Det här borde vara en mapp, men det är en fil; ingenting i den läses."
    ),
    "rule.S006.not_folder.hint": "Ersätt den med en mapp som innehåller YAML-filerna.",
    "rule.S006.not_regular": (
        "Det här är ingen vanlig fil (utan till exempel en mapp, ett namngivet rör eller en "
        "enhet); den läses inte."
    ),
    "rule.S006.not_regular.hint": "Ersätt den med en vanlig YAML-fil, eller ta bort den.",
    "rule.S006.outside": ("Filen är en symbolisk länk som leder ut ur arkivet; den läses inte."),
    "rule.S006.outside.hint": "Kopiera filen till arkivet i stället för att länka den.",
    "rule.S006.tag": "Filen använder YAML-taggen '{tag}'; bara vanlig YAML godtas.",
    "rule.S006.tag.hint": (
        "Ta bort taggen (ordet som börjar med '!') och skriv värdet som det är."
    ),
    "rule.S006.too_large": "Filen är för stor ({size} byte; högst {limit}).",
    "rule.S006.too_large.hint": (
        "Dela upp uppgifterna i flera filer, eller höj [limits] max_file_bytes i asiakkuus.toml."
    ),
    "rule.S006.unreadable": "Filen kan inte läsas: {detail}.",
    "rule.S006.unreadable.hint": ("Kontrollera filens läsrättighet och att den är en vanlig fil."),
    "rule.S007": "Filen är inte UTF-8 (byte {byte}).",
    "rule.S007.hint": "Spara filen som UTF-8 (i VS Code: Save with Encoding → UTF-8).",
    "rule.S008": "Kommentaren ignore[{codes}] tystar ingenting.",
    "rule.S008.hint": "Ta bort kommentaren så att den inte senare kan dölja ett nytt problem.",
    # --- R: references between the files ---
    "ruledoc.R001.title": "Ett person-id som `people.yaml` inte definierar.",
    "ruledoc.R002.title": "Ett kund-id utan kundplan.",
    "ruledoc.R003.title": "Ett segment som inte är definierat i `organisation.yaml`.",
    "ruledoc.R004.title": "Ett utvecklingsprojekt länkar till en styrgrupp som inte finns.",
    "rule.R001": "Personen '{id}' är inte definierad i data/people.yaml.",
    "rule.R001.hint": "Lägg till personen i data/people.yaml eller rätta id:t.",
    "rule.R001.close": (
        "Personen '{id}' är inte definierad i data/people.yaml – menade du '{suggestion}'?"
    ),
    "rule.R001.close.hint": (
        "Rätta id:t till '{suggestion}' eller lägg till personen i data/people.yaml."
    ),
    "rule.R002": "Kunden '{id}' har ingen kundplan (data/customers/{id}.yaml).",
    "rule.R002.hint": "Skapa planen med `asiakkuus plan new {id}` eller rätta id:t.",
    "rule.R003": (
        "Segmentet '{id}' är inte definierat i data/organisation.yaml (definierade: {known})."
    ),
    "rule.R003.hint": "Välj ett av de definierade segmenten eller lägg till segmentet.",
    "rule.R004": "Projektet '{id}' finns inte (data/projects/{id}.yaml saknas).",
    "rule.R004.hint": "Skapa styrgruppen med `asiakkuus project new {id}` eller rätta id:t.",
    # --- C: the care plans ---
    "ruledoc.C001.title": "Kundplanen har inte gåtts igenom på för länge.",
    "ruledoc.C002.title": "Den kundansvariga är inte servicecentrets partnerskapschef.",
    "ruledoc.C003.title": (
        "Ett pågående utvecklingsprojekt har varken en IT-representant eller en uppföljning."
    ),
    "ruledoc.C004.title": (
        "Ett utvecklingsprojekts beräknade slut har passerats och projektet är inte klart."
    ),
    "ruledoc.C005.title": "Ett kritiskt systems nästa uppdatering har passerats.",
    "ruledoc.C006.title": (
        "Ett litet behov, iakttaget för länge sedan, som varken är budgeterat eller avgjort."
    ),
    "ruledoc.C007.title": "En kundplan för en indirekt kund.",
    "ruledoc.C008.title": "Två pågående utvecklingsprojekt har samma prioritet.",
    "ruledoc.C009.title": "Ett slutdatum före startdatumet.",
    "ruledoc.C010.title": "Planen nämner ingen kontaktperson hos kunden.",
    "rule.C001": (
        "Kundplanen uppdaterades senast {date}, för {age} dagar sedan (gräns {limit} dagar). "
        "Gå igenom den med kunden och registrera genomgången: asiakkuus plan touch {id}"
    ),
    "rule.C001.hint": (
        "Kontrollera särskilt utvecklingsprojekten, de kritiska systemen och de små behoven."
    ),
    "rule.C002.no_role": ("Den kundansvariga {name} ({id}) har inte rollen partnership_manager."),
    "rule.C002.no_role.hint": (
        "Ge personen rollen partnership_manager i data/people.yaml, eller byt kundansvarig."
    ),
    "rule.C002.not_it": (
        "Den kundansvariga {name} ({id}) hör inte till servicecentret (organisation '{org}')."
    ),
    "rule.C002.not_it.hint": (
        "Ange den partnerskapschef vid servicecentret som ansvarar för den här kunden."
    ),
    "rule.C003": (
        "Utvecklingsprojektet '{project}' har varken en IT-representant eller en "
        "uppföljningsåtgärd."
    ),
    "rule.C003.hint": (
        "Ange en IT-representant (it_representative) eller skriv hur projektet följs upp "
        "(action, t.ex. 'Uppföljning en gång i månaden'); markera ett färdigt projekt "
        "done: true."
    ),
    "rule.C004": (
        "Utvecklingsprojektet '{project}' skulle enligt beräkningen sluta {end}, för {days} "
        "dagar sedan, och projektet är inte markerat som klart."
    ),
    "rule.C004.hint": (
        "Fråga kunden hur projektet går: ange ett nytt beräknat slut, eller markera det done: true."
    ),
    "rule.C005": "Nästa uppdatering ({when}) av det kritiska systemet '{system}' har passerats.",
    "rule.C005.hint": (
        "Skriv när nästa uppdatering ska göras (next_update), t.ex. 2027-05, eller maj om den "
        "återkommer varje år."
    ),
    "rule.C006": (
        "Det lilla behovet '{need}' iakttogs {date}, för {age} dagar sedan (gräns {limit} "
        "dagar), och det är varken budgeterat eller avgjort."
    ),
    "rule.C006.hint": (
        "Diskutera behovet med kunden och skriv ner beslutet (decision), också 'inte nu', eller "
        "markera det budgeted: true."
    ),
    "rule.C007": (
        "{name} är en indirekt kund (direct: false); indirekta kunder hör inte till kundvården."
    ),
    "rule.C007.hint": "Behåll planen bara om det finns ett skäl till det; ta annars bort den.",
    "rule.C008": ("Utvecklingsprojektet '{project}' har samma prioritet {priority} som '{other}'."),
    "rule.C008.hint": (
        "Kom överens med kunden om projektens ordning och ge varje pågående projekt ett eget "
        "nummer."
    ),
    "rule.C009": "Slutdatumet {end} för '{what}' ligger före startdatumet {start}.",
    "rule.C009.hint": ("Rätta ett av datumen; kontrollera om dag och månad har bytt plats."),
    "rule.C010": "Planen ({name}) nämner ingen kontaktperson hos kunden (customer_contact).",
    "rule.C010.hint": (
        "Lägg till personen som gav planens uppgifter i data/people.yaml och ange personen i "
        "customer_contact."
    ),
    # --- P: the steering-group rosters ---
    "ruledoc.P001.title": "Styrgruppen har ingen projektägare (PRINCE2: exakt en).",
    "ruledoc.P002.title": "Styrgruppen har ingen användarrepresentant.",
    "ruledoc.P003.title": "Styrgruppen har ingen leverantörsrepresentant.",
    "ruledoc.P004.title": "Färre än 2 olika personer i styrgruppen.",
    "ruledoc.P005.title": (
        "Antalet olika medlemmar i styrgruppen ligger utanför board_size (förval 3-6)."
    ),
    "ruledoc.P006.title": ("I ett kundprojekt hör projektägaren inte till kundorganisationen."),
    "ruledoc.P007.title": (
        "Ingen leverantörsrepresentant hör till servicecentret med resource_authority."
    ),
    "ruledoc.P008.title": (
        "Samma person har både en roll på kundens sida och en på leverantörens sida."
    ),
    "ruledoc.P009.title": "Projektledaren är också medlem i styrgruppen.",
    "ruledoc.P010.title": "Ett kundprojekt anger inte partnership_manager_role.",
    "ruledoc.P011.title": "Ett pågående projekt har inget datum i guide_delivered.members.",
    "ruledoc.P012.title": "Projektets slut har passerats och dess status är inte closed.",
    "ruledoc.P013.title": "Styrgruppen och kundens kundplan stämmer inte överens.",
    "ruledoc.P014.title": (
        "Styrgruppens senaste möte är äldre än 1,5 × interval_weeks i ett pågående projekt."
    ),
    "rule.P001": "Styrgruppen har ingen projektägare (executive).",
    "rule.P001.hint": (
        "Ange en projektägare: en person i beställarorganisationen med befogenhet att besluta "
        "om projektet och som ytterst ansvarar för det."
    ),
    "rule.P002": "Styrgruppen har ingen användarrepresentant (senior_users).",
    "rule.P002.hint": (
        "Ange minst en person som binder användarnas resurser och fastställer kvalitets- och "
        "godkännandekriterierna."
    ),
    "rule.P003": "Styrgruppen har ingen leverantörsrepresentant (senior_suppliers).",
    "rule.P003.hint": (
        "Ange minst en person som binder leverantörens resurser och svarar för leveransens "
        "kvalitet, t.ex. en enhetschef vid servicecentret."
    ),
    "rule.P004": "Styrgruppen har bara {count} olika personer; minst två behövs.",
    "rule.P004.hint": (
        "Komplettera styrgruppen: kundens sida och leverantörens sida med olika personer."
    ),
    "rule.P005": "Styrgruppen har {count} olika personer; {min}-{max} rekommenderas.",
    "rule.P005.hint": (
        "En liten styrgrupp företräder inte alla parter och en stor kan inte besluta; se över "
        "medlemmarna. Gränserna ställs in med [rules] board_size."
    ),
    "rule.P006": (
        "Projektägaren {name} hör inte till kundorganisationen '{customer}' (personens "
        "organisation är '{org}')."
    ),
    "rule.P006.hint": (
        "I ett kundprojekt företräder projektägaren den beställande kunden och har dess "
        "befogenheter: ange en person hos kunden."
    ),
    "rule.P007": (
        "Ingen av leverantörsrepresentanterna ({names}) hör till servicecentret med befogenhet "
        "att binda linjens resurser (resource_authority)."
    ),
    "rule.P007.hint": (
        "En partnerskapschef kan inte binda linjens resurser, så styrgruppen behöver också t.ex. "
        "en enhetschef med resource_authority: true."
    ),
    "rule.P007.partnership_manager": (
        "Leverantörsrepresentanterna ({names}) har inga linjebefogenheter: en partnerskapschef "
        "({pms}) kan inte binda servicecentrets linjeresurser."
    ),
    "rule.P007.partnership_manager.hint": (
        "Lägg till en leverantörsrepresentant med resource_authority: true, t.ex. en enhetschef."
    ),
    "rule.P008": (
        "{name} sitter både på kundens sida ({customer_role}) och på leverantörens sida "
        "({supplier_role}) i styrgruppen."
    ),
    "rule.P008.hint": (
        "Kundens och leverantörens intressen kan stå i konflikt: ange en annan person på den "
        "ena sidan."
    ),
    "rule.P009": "Projektledaren {name} är också medlem i styrgruppen ({role}).",
    "rule.P009.hint": (
        "Projektledaren leder projektet för styrgruppens räkning och rapporterar till den, men "
        "är inte medlem: ta bort personen från styrgruppen."
    ),
    "rule.P010": (
        "Kundprojektet '{project}' anger inte partnerskapschefens roll (partnership_manager_role)."
    ),
    "rule.P010.hint": (
        "Besluta och skriv ner: customer_support (stöder kundens representanter), supplier (som "
        "leverantörsrepresentant) eller none."
    ),
    "rule.P011": (
        "Det pågående projektet har inget datum för när styrgruppsguiden gavs till "
        "medlemmarna (guide_delivered.members)."
    ),
    "rule.P011.hint": (
        "Skicka guiden till varje medlem (asiakkuus project render {id}) och skriv ner datumet."
    ),
    "rule.P012": (
        "Projektets slut {end} passerades för {days} dagar sedan, men dess status är {status}."
    ),
    "rule.P012.hint": (
        "Sätt status: closed om projektet har avslutats, eller skriv ner det nya slutdatumet."
    ),
    "rule.P013": (
        "Styrgruppens {field} ({roster}) skiljer sig från planens värde för '{project}' "
        "({plan_value}, {plan})."
    ),
    "rule.P013.hint": "Ta reda på vilket som är rätt och rätta det andra.",
    "rule.P013.missing": (
        "Projektet '{id}' saknas bland utvecklingsprojekten i kundens plan ({plan})."
    ),
    "rule.P013.missing.hint": (
        "Lägg till ett utvecklingsprojekt med project: {id} i planens projects."
    ),
    "rule.P014": (
        "Styrgruppen möttes senast {date}, för {age} dagar sedan, fast den möts var {weeks}:e "
        "vecka (nästa möte skulle ha hållits senast {due})."
    ),
    "rule.P014.hint": "Kalla styrgruppen till möte och skriv ner datumet (meetings.last).",
    # --- O: the organisation ---
    "ruledoc.O001.title": (
        "En partnerskapschef har ingen kund av en organisationstyp som andra sköter."
    ),
    "ruledoc.O002.title": (
        "Samma lilla behov hos 2 eller fler kunder: en kandidat för ett gemensamt projekt."
    ),
    "ruledoc.O003.title": "En partnerskapschef med kunder har ingen ersättare.",
    "rule.O001": (
        "Partnerskapschefen {name} har inga kunder av typerna {missing}, som andra "
        "partnerskapschefer sköter (personens typer: {covered})."
    ),
    "rule.O001.hint": (
        "Att vikariera för varandra fungerar när alla känner till varje organisationstyps "
        "praxis: överväg att fördela kunderna på ett annat sätt."
    ),
    "rule.O002": "Det lilla behovet '{need}' delas av {count} kunder: {customers}.",
    "rule.O002.hint": (
        "Ett gemensamt behov kan tillgodoses kostnadseffektivt som ett gemensamt projekt."
    ),
    "rule.O002.many": (
        "Det lilla behovet '{need}' delas av {count} kunder: {customers} och {more} till."
    ),
    "rule.O002.many.hint": (
        "Ett gemensamt behov kan tillgodoses kostnadseffektivt som ett gemensamt projekt; "
        "alla kunder: asiakkuus report needs."
    ),
    "rule.O003": ("Partnerskapschefen {name} har kunder men ingen utsedd ersättare (deputy)."),
    "rule.O003.hint": ("Ange en ersättare, vanligen en annan partnerskapschef, i fältet deputy."),
    # --- M: meeting records, actions and the sources of customer data ---
    "ruledoc.M001.title": (
        "En händelse i årshjulet vars månad har gått i år utan att något möte har antecknats."
    ),
    "ruledoc.M002.title": "En åtgärd vars förfallodag har passerats och som inte är gjord.",
    "ruledoc.M003.title": (
        "Ett styrgruppsmöte har antecknats senare än styrgruppens meetings.last."
    ),
    "ruledoc.M004.title": ("En mötesanteckning vars filnamn, mapp och fält inte stämmer överens."),
    "ruledoc.M005.title": (
        "Ett system med kunddata har ingen ägare, eller ägaren finns inte i people.yaml."
    ),
    "ruledoc.M006.title": (
        "En kundplan nämner en datakälla som data/sources.yaml inte förtecknar."
    ),
    "rule.M001": (
        "Inget möte har antecknats för händelsen '{what}' ({month}) i årshjulet för {customer}."
    ),
    "rule.M001.hint": (
        'Anteckna mötet: asiakkuus meeting new {id} --event "{what}" --date DAG; '
        "blev det inte av, kom överens med kunden om en ny tid."
    ),
    "rule.M002": (
        "Åtgärden '{what}' skulle vara gjord {due}, för {days} dagar sedan, och är inte "
        "markerad som gjord (ansvarig: {owner})."
    ),
    "rule.M002.hint": (
        "Fråga {owner} hur det står till: markera done: DAG när den är gjord, eller kom "
        "överens om en ny förfallodag (due)."
    ),
    "rule.M003": (
        "Ett styrgruppsmöte {date} har antecknats ({file}), men styrgruppens meetings.last är "
        "{last}."
    ),
    "rule.M003.hint": "Skriv meetings.last: {iso} i styrgruppens fil.",
    "rule.M004.date": "Mötesanteckningens datum {date} skiljer sig från filnamnet ({file}).",
    "rule.M004.date.hint": ("Rätta datumet eller byt namn på filen; båda anger dagen för mötet."),
    "rule.M004.folder": (
        "Mötesanteckningen '{file}' ligger direkt i data/meetings; den hör hemma i mappen för "
        "sin kund eller sitt projekt."
    ),
    "rule.M004.folder.hint": "Flytta filen till data/meetings/{id}/.",
    "rule.M004.name": (
        "Mötesanteckningens namn '{file}' har inte formen ÅÅÅÅ-MM-DD.yaml eller "
        "ÅÅÅÅ-MM-DD-ämne.yaml."
    ),
    "rule.M004.name.hint": "Namnge filen efter mötets dag, t.ex. {date}.yaml.",
    "rule.M004.subject": ("Mötesanteckningen nämner '{id}' men ligger i mappen '{folder}'."),
    "rule.M004.subject.hint": (
        "Rätta id:t till '{folder}', eller flytta filen till data/meetings/{id}/."
    ),
    "rule.M005.missing": (
        "Systemet '{name}' har ingen ägare (owner): ingen svarar för dess kunddata."
    ),
    "rule.M005.missing.hint": "Lägg till owner: id:t för personen som man frågar om uppgifterna.",
    "rule.M005.unknown": (
        "Ägaren '{owner}' av systemet '{name}' finns inte i {people} (har slutat, eller ett "
        "skrivfel)."
    ),
    "rule.M005.unknown.hint": "Ange en ny ägare, eller rätta id:t.",
    "rule.M006": (
        "Källan '{id}' som anges för '{field}' finns inte i data/sources.yaml (kända: {known})."
    ),
    "rule.M006.field": "Kundplanen har inget fält '{field}' som en källa kan anges för.",
    "rule.M006.field.hint": "Fälten: {fields}.",
    "rule.M006.hint": "Rätta id:t, eller lägg till systemet i data/sources.yaml.",
    # --- the rules' explanations (asiakkuus rules CODE) ---
    "ruledoc.S001.text": (
        "Filen kan inte läsas alls, så ingen annan regel granskar den förrän syntaxen är "
        "rättad. Vanliga orsaker: en tabb som indrag, ett mellanslag som saknas efter ett "
        "kolon, ett citattecken som inte stängs eller två dokument i en fil. Den vanligaste är "
        'ett kolon i fri text (note: Huom: ...): citera då hela texten (note: "Huom: ..."). '
        "Meddelandet nämner orsaken och säger hur den rättas."
    ),
    "ruledoc.S002.text": (
        "Varje filtyp har en fast uppsättning fält. Typade värden godtar de former man skriver: "
        "datum 2026-01-15 eller 15.1.2026, månader 5, 2026-05 eller maj, pengar 280 000 €, "
        "ja/nej. För ett okänt fält föreslås det närmaste kända namnet. Åren är 1900-2999. "
        "Pengar har högst två decimaler; 280.000 eller 280,000 är tvetydigt (280 000 € eller "
        "280,00 €?) och därför ett fel. Ett id med diakritiska tecken eller versaler "
        "(jussi-mäkinen) får förslaget på det avsedda id:t (jussi-makinen). Filens referenser "
        "(R-reglerna) granskas ändå."
    ),
    "ruledoc.S003.text": (
        "YAML behåller bara ett av de två värdena, så det andra försvinner i tysthet. Fyndet "
        "pekar på den andra förekomsten; det senare värdet används."
    ),
    "ruledoc.S004.text": (
        "En plan eller styrgrupp hittas med sitt filnamn: i data/customers/vapaa-aika.yaml "
        "ska det stå id: vapaa-aika. Byt filens namn eller rätta id:t."
    ),
    "ruledoc.S005.text": (
        "En referens med id måste leda till exakt en sak. Fyndet pekar på den andra."
    ),
    "ruledoc.S006.text": (
        "Bara vanlig YAML läses: inga !taggar, &ankare eller *alias, högst 32 nivåers "
        "nästling och 1 MiB per fil (se [limits]) och ingen symbolisk länk ut ur arkivet. "
        "Sådant innehåll avvisas innan det byggs upp, så en fientlig fil kan inte tömma "
        "minnet. En mapp, ett namngivet rör eller en enhet i stället för en fil avvisas utan "
        "att öppnas (docs/SECURITY.md)."
    ),
    "ruledoc.S007.text": (
        "Spara filen som UTF-8 (en byte order mark är tillåten). Filer som gamla editorer "
        "sparat som Latin-1 eller UTF-16 syns här, vid den första felaktiga byten."
    ),
    "ruledoc.S008.text": (
        "Problemet som kommentaren skrevs för har rättats, eller så är koden fel. Ta bort "
        "kommentaren (eller rätta koden) så att den inte kan dölja ett framtida problem. "
        "Granskas efter att alla andra regler har körts."
    ),
    "ruledoc.R001.text": (
        "Varje person som nämns i en plan eller styrgrupp (partnerskapschef, kontaktpersoner, "
        "projektledare, styrgruppsmedlemmar, ersättare) är ett id från data/people.yaml. Lägg "
        "till personen där eller rätta id:t; det närmaste kända id:t föreslås."
    ),
    "ruledoc.R002.text": (
        "En styrgrupps customer och en persons organisation (annan än it) nämner en kundplan i "
        "data/customers/. Skapa planen (asiakkuus plan new ID) eller rätta id:t."
    ),
    "ruledoc.R003.text": (
        "Segmenten räknas upp under segments i data/organisation.yaml; en plans segment måste "
        "vara ett av deras id."
    ),
    "ruledoc.R004.text": (
        "project i en plans utvecklingsprojekt nämner en fil i data/projects/. Skapa "
        "styrgruppen (asiakkuus project new ID) eller rätta id:t."
    ),
    "ruledoc.C001.text": (
        "En plan är värd något bara så länge den är aktuell. updated anger när den senast gicks "
        "igenom med kunden; äldre än stale_plan_days (förval 180) dagar rapporteras. Gå igenom "
        "planen och registrera det med asiakkuus plan touch ID."
    ),
    "ruledoc.C002.text": (
        "account_manager nämner personen som håller planen aktuell: någon vid servicecentret "
        "(organisation: it) med rollen partnership_manager i data/people.yaml."
    ),
    "ruledoc.C003.text": (
        "När servicecentret inte har någon i kundens projekt (ingen representation) anger "
        "planen hur projektet följs upp i stället (action, t.ex. uppföljning en gång i "
        "månaden). Projekt markerade done: true granskas inte. Rapporteras vid projektets "
        "punkt i listan."
    ),
    "ruledoc.C004.text": (
        "Fråga kunden hur projektet går: ange ett nytt beräknat slut, eller markera det done: true."
    ),
    "ruledoc.C005.text": (
        "next_update är ett datum, en månad ett visst år (2026-05) eller en månad som återkommer "
        "varje år (maj, 5). Ett datum före i dag, eller en månad ett år som är över, har "
        "passerats: skriv in nästa. En återkommande månad passeras aldrig."
    ),
    "ruledoc.C006.text": (
        "Behov som kunden tagit upp glöms lätt bort efter den första behandlingen. Ett behov "
        "som iakttogs för mer än forgotten_need_days (förval 365) dagar sedan, som inte är "
        "budgeted: true och saknar decision, rapporteras vid sitt datum observed. Skriv ner "
        "vad som beslutades, också 'inte nu'."
    ),
    "ruledoc.C007.text": (
        "Indirekta kunder (kundernas egna kunder) betalar inte servicecentret och hör inte till "
        "kundvården. Behåll planen bara om den behövs."
    ),
    "ruledoc.C008.text": (
        "priority är kundens ordning för sina projekt (1 först). Bland projekt som inte är "
        "klara används varje nummer en gång; det andra och senare projekt med ett upptaget "
        "nummer rapporteras."
    ),
    "ruledoc.C009.text": (
        "Granskas i planernas utvecklingsprojekt och i styrgruppernas start och end. "
        "Rapporteras vid slutdatumet. Ett av de två datumen är felskrivet; ofta har dag och "
        "månad bytt plats."
    ),
    "ruledoc.C010.text": (
        "customer_contact är den person hos kunden som gav planens uppgifter (vanligen "
        "utvecklingschefen), så att man vid nästa genomgång vet vem man ska fråga. Lägg till "
        "personen i data/people.yaml och ange personen här."
    ),
    "ruledoc.P001.text": (
        "Projektägaren är den enda person som ytterst ansvarar för projektet: hen äger "
        "affärsnyttan, säkrar finansieringen och leder styrgruppen. executive tar ett "
        "person-id; en lista är ett strukturfel (S002)."
    ),
    "ruledoc.P002.text": (
        "En användarrepresentant binder kundens användarresurser och fastställer resultatets "
        "kvalitets- och godkännandekriterier. Ange minst en i senior_users."
    ),
    "ruledoc.P003.text": (
        "En leverantörsrepresentant binder leverantörens resurser och svarar för kvaliteten och "
        "den tekniska helheten i det som levereras. Ange minst en i senior_suppliers."
    ),
    "ruledoc.P004.text": (
        "En styrgrupp har minst två personer; en person på alla platser är ingen styrgrupp. "
        "Personer räknas en gång hur många platser de än har. Rapporteras vid board."
    ),
    "ruledoc.P005.text": (
        "Tre till sex personer är den rekommenderade storleken: tillräckligt många för att "
        "företräda kunden och leverantören, tillräckligt få för att besluta. Personer räknas en "
        "gång. Rapporteras vid board."
    ),
    "ruledoc.P006.text": (
        "Projektägaren företräder beställarorganisationen och har dess befogenheter: i ett "
        "kundprojekt hör hen till den kunden (organisation i data/people.yaml). "
        "Servicecentrets egna (internal) projekt granskas inte."
    ),
    "ruledoc.P007.text": (
        "Någon i styrgruppen måste kunna binda servicecentrets linjeresurser (människors "
        "arbetstid). En partnerskapschef har inte sådana befogenheter, så en styrgrupp vars "
        "enda leverantörsrepresentant är partnerskapschefen kan inte leverera. Lägg till t.ex. "
        "en enhetschef med resource_authority: true. Granskas bara när senior_suppliers nämner "
        "någon (en tom lista är P003) och alla är definierade i data/people.yaml."
    ),
    "ruledoc.P008.text": (
        "Kundens sida (projektägare, användarrepresentanter, användare) och leverantörens sida "
        "(leverantörsrepresentanter, leverantörer) företräder olika intressen; en person kan "
        "inte stå för båda. Rapporteras vid personens första plats på leverantörens sida."
    ),
    "ruledoc.P009.text": (
        "Projektledaren leder projektet från dag till dag för styrgruppens räkning och "
        "rapporterar till den; styrgruppen, inte projektledaren, svarar för projektet. Ta bort "
        "projektledaren från styrgruppen. Rapporteras vid personens första plats."
    ),
    "ruledoc.P010.text": (
        "Hur kundens partnerskapschef deltar avgörs för varje projekt: som stöd för kundens "
        "representanter (customer_support), som leverantörsrepresentant (supplier) eller inte "
        "alls (none). Nedskrivet syns beslutet. Interna projekt granskas inte."
    ),
    "ruledoc.P011.text": (
        "Styrgruppsmedlemmar känner ofta inte till sina uppgifter enligt PRINCE2. "
        "Styrgruppsguiden (asiakkuus project render ID) går till varje medlem när gruppen har "
        "utsetts; skriv ner datumet. Bara projekt med status: running granskas."
    ),
    "ruledoc.P012.text": (
        "Antingen har projektet avslutats (sätt status: closed) eller så har dess planerade "
        "slut flyttats (ange det nya end)."
    ),
    "ruledoc.P013.text": (
        "Ett kundprojekt finns i kundens plan som ett utvecklingsprojekt med project: ID. "
        "Rapporteras i styrgruppen: vid customer när planen saknar ett sådant projekt, annars "
        "vid vart och ett av start, end, budget och project_manager vars värde skiljer sig från "
        "planens (manager i planen). Ett värde som bara anges på ena sidan är ingen avvikelse."
    ),
    "ruledoc.P014.text": (
        "meetings.last anger när styrgruppen senast möttes; ett pågående projekt vars styrgrupp "
        "inte har mötts på ett halvt mötesintervall längre än avtalat rapporteras. Projekt utan "
        "interval_weeks eller last granskas inte."
    ),
    "ruledoc.O001.text": (
        "Förvaltningar, servicecentraler, affärsverk, regionala aktörer, bolag och stiftelser "
        "styrs på olika sätt. Partnerskapscheferna kan vikariera för varandra bara om var och "
        "en känner till varje typ, så var och en bör ha kunder av varje typ som "
        "partnerskapscheferna tillsammans sköter. Rapporteras vid chefens punkt i "
        "data/people.yaml och nämner de typer som saknas."
    ),
    "ruledoc.O002.text": (
        "Behov motsvarar varandra om de har en gemensam tagg (oberoende av skiftläge) eller "
        "samma need-text oberoende av skiftläge och mellanslag. Varje sådant behov rapporteras "
        "i varje plan och nämner alla kunder som har det. Överväg att genomföra det en gång, "
        "för alla."
    ),
    "ruledoc.O003.text": (
        "Någon måste kunna vikariera för partnerskapschefen när hen är borta. Ange en ersättare "
        "(vanligen en annan partnerskapschef) vid personens punkt i data/people.yaml."
    ),
    "ruledoc.M001.text": (
        "När en kund har minst en mötesanteckning behöver varje händelse i dess årshjul "
        "(organisationens och kundens egna) vars månad har tagit slut i år en anteckning: en "
        "vars event nämner händelsen, eller ett möte av typen care_event, budget_meeting eller "
        "customer_meeting som hölls den månaden. Månader före den första anteckningen "
        "granskas inte. Rapporteras i kundplanen."
    ),
    "ruledoc.M002.text": (
        "Rapporteras i den nyaste anteckningen som tar upp åtgärden (meeting new för över "
        "öppna åtgärder), och meddelandet nämner den ansvariga. Markera den som gjord med dagen "
        "(done: 2026-05-20), eller kom överens om en ny förfallodag."
    ),
    "ruledoc.M003.text": (
        "Anteckningarna är beviset på styrgruppens möten: styrgruppens meetings.last följer av "
        "projektets nyaste steering_group-anteckning (hållen senast i dag). Tipset anger "
        "värdet som ska skrivas."
    ),
    "ruledoc.M004.text": (
        "En anteckning ligger i data/meetings/<kundens eller projektets id>/ och är namngiven "
        "efter sin dag (ÅÅÅÅ-MM-DD.yaml eller ÅÅÅÅ-MM-DD-ämne.yaml); dess date är namnets "
        "datum och dess customer eller project är mappens namn."
    ),
    "ruledoc.M005.text": (
        "Varje system i data/sources.yaml nämner den person som man frågar om dess uppgifter "
        "(owner). Systemen som en person som har slutat ägde behöver en ny ägare."
    ),
    "ruledoc.M006.text": (
        "Planens sources (t.ex. charges: sap) anger från vilket system ett fälts uppgifter "
        "kommer; id:t måste vara ett av systemen i data/sources.yaml och nyckeln ett fält i "
        "planen."
    ),
}
