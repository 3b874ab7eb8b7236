"""Shared helpers for the held-out page writer.

Only low-level helpers live here (escaping, gold extraction, filler
script/style generation, saving). Each page's markup is written by hand in
its own pNN.py script.
"""
import html as _html
import json
import os
import random
import re

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

_TAG = re.compile(r"<[^>]+>")
_WS = re.compile(r"\s+")


def esc(s):
    return _html.escape(s, quote=True)


def text_of(fragment):
    """Visible text of an inline HTML fragment, as a single gold line."""
    t = _TAG.sub("", fragment)
    t = _html.unescape(t).replace("\xa0", " ")
    return _WS.sub(" ", t).strip()


def save(pid, page, gold_lines, encoding="utf-8"):
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold"), exist_ok=True)
    with open(os.path.join(OUT, "html", pid + ".html"), "wb") as f:
        f.write(page.encode(encoding))
    lines = []
    for g in gold_lines:
        if isinstance(g, tuple) and g[0] == "raw":   # code line: keep indentation as-is
            if g[1].strip():
                lines.append(g[1].rstrip())
            continue
        l = text_of(g) if "<" in g or "&" in g else g.replace("\xa0", " ").strip()
        if l:
            lines.append(l)
    with open(os.path.join(OUT, "gold", pid + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(pid, len(page.encode(encoding)), "bytes,", len(lines), "gold lines")


# ---------------------------------------------------------------- filler
_SYL = ["ka", "lo", "mi", "tra", "ve", "no", "sil", "qu", "er", "an", "ti",
        "po", "ze", "ru", "ba", "de", "gin", "fo", "hal", "wex"]


def _ident(rng, lo=1, hi=3):
    return "".join(rng.choice(_SYL) for _ in range(rng.randint(lo, hi)))


def css_blob(seed, prefix, n=200, extra=""):
    """A long, theme-like stylesheet (minified) with prefixed class names."""
    rng = random.Random(seed)
    props = ["margin:0 auto", "padding:{}px {}px", "font-size:{}px", "line-height:1.{}",
             "color:#{:06x}", "background:#{:06x}", "display:flex", "display:none",
             "display:block", "border-bottom:1px solid #{:06x}", "font-weight:{}00",
             "max-width:{}px", "position:relative", "text-transform:uppercase",
             "letter-spacing:.0{}em", "gap:{}px", "grid-template-columns:repeat({},1fr)",
             "overflow:hidden", "z-index:{}", "transition:opacity .{}s ease"]
    out = []
    for i in range(n):
        sel = ".{}-{}".format(prefix, _ident(rng))
        if rng.random() < .4:
            sel += " .{}-{}__{}".format(prefix, _ident(rng), _ident(rng, 1, 2))
        if rng.random() < .15:
            sel += ":hover"
        decl = []
        for _ in range(rng.randint(2, 6)):
            p = rng.choice(props)
            nargs = p.count("{")
            args = []
            for a in range(nargs):
                args.append(rng.randint(0, 0xffffff) if "#" in p else rng.randint(1, 48))
            decl.append(p.format(*args))
        rule = sel + "{" + ";".join(decl) + "}"
        if rng.random() < .08:
            rule = "@media (min-width:{}px){{{}}}".format(rng.choice([600, 768, 1024, 1280]), rule)
        out.append(rule)
    return extra + "".join(out)


def js_blob(seed, n=60, name="w"):
    """Minified-looking vendor/analytics code."""
    rng = random.Random(seed)
    parts = ['!function(e,t){"use strict";var n=e.%s||{};' % name]
    for i in range(n):
        f = _ident(rng, 2, 4)
        a, b = _ident(rng, 1, 1), _ident(rng, 1, 1)
        body = rng.choice([
            'return %s&&%s.length>%d?%s.slice(0,%d):%s' % (a, a, rng.randint(2, 90), a, rng.randint(2, 90), b),
            'var r=t.createElement("%s");r.setAttribute("data-%s",%s);return r' % (rng.choice(["div", "span", "iframe", "img"]), _ident(rng), a),
            'if(!%s)return void 0;for(var o=0;o<%s.length;o++)n.q.push([%s[o],%d]);' % (a, a, a, rng.randint(1, 999)),
            'return Object.assign({},%s,{ts:Date.now(),v:"%d.%d.%d"})' % (a, rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 99)),
            'try{return JSON.parse(%s)}catch(c){return %s||null}' % (a, b),
            'n.cb=n.cb||[];n.cb.push(function(){%s(%s,"%s")})' % (b, a, _ident(rng)),
        ])
        parts.append('function %s(%s,%s){%s}' % (f, a, b, body))
        parts.append('n.%s=%s;' % (_ident(rng, 1, 2), f))
    parts.append('e.%s=n}(window,document);' % name)
    return "".join(parts)


def ad_config(seed, slots):
    rng = random.Random(seed)
    cfg = {"network": str(rng.randint(10 ** 7, 10 ** 8)),
           "slots": [{"id": s, "sizes": [[300, 250], [728, 90]] if i % 2 else [[300, 600], [300, 250]],
                      "targeting": {"pos": str(i + 1), "kw": _ident(rng)}} for i, s in enumerate(slots)],
           "lazyLoad": {"fetchMarginPercent": 200, "renderMarginPercent": 100},
           "consent": {"tcf": True, "gppSectionIds": [7, 8]}}
    return json.dumps(cfg, separators=(",", ":"))


def words_json(obj):
    return json.dumps(obj, ensure_ascii=False)


# ------------------------------------------------- invented teaser headlines
HEADLINES = [
    "Council delays vote on downtown parking overhaul until autumn",
    "Two hospitalised after van overturns on bypass near Linthorpe junction",
    "Former mill workers gather to mark 50 years since the looms stopped",
    "School board approves later start times for secondary students",
    "Brewery owner fined over unlicensed rooftop events",
    "Search resumes for missing kayaker off Garnet Point",
    "Library system to drop late fees on children's books",
    "Rents climb for ninth straight month, survey finds",
    "Regional airline adds winter flights to three sun destinations",
    "Police appeal for dashcam footage after hit-and-run on Mercer Avenue",
    "Orchard growers warn of thin apple crop after late frost",
    "Fire crews contain blaze at vacant warehouse on Tanner Street",
    "New bike lanes split opinion on the east side",
    "Hospital foundation passes halfway mark in scanner appeal",
    "Teenager's science project on river plastics wins national prize",
    "Bus drivers vote to accept three-year contract",
    "Property tax bills to rise 3.1% under draft budget",
    "Historic cinema will reopen under new owners this spring",
    "Quiet street becomes unlikely hot spot for rare owls",
    "Five things to do this weekend if it rains",
    "Flood barrier testing to close riverside path for a week",
    "Farmers' market moves indoors for the winter season",
    "Coroner calls for safety review after quarry death",
    "Mayor says she will not seek a third term",
    "Sixth-form college to cut two language courses",
    "Taxi fares set to rise for the first time since 2019",
    "Pensioner's 60-year-old letter finally reaches its address",
    "Water company apologises after brown tap water complaints",
    "Care home staff walk out over unpaid overtime",
    "Developer withdraws plan for 14-storey tower by the marina",
    "Ice rink will not return to the square this Christmas",
    "Volunteers plant 4,000 trees along old railway line",
    "Graduates struggle to find jobs in the region, report says",
    "Dog walkers told to keep pets on leads during nesting season",
    "Man charged after stolen tractor found in a field 30 miles away",
    "Toy museum appeals for return of missing wooden horse",
    "Ferry operator cancels morning sailings amid staff shortage",
    "Lottery-funded skate park opens after decade-long campaign",
    "Supermarket chain to close two town-centre branches",
    "Street food festival returns with more than 60 stalls",
    "Court hears of 'chaotic' scenes at New Year's Eve party",
    "New maternity unit welcomes its first baby",
    "Residents fight plan to fell 80-year-old beech trees",
    "Speed cameras to be switched on along coast road",
    "Choir of 300 sets record at cathedral concert",
    "Gas leak forces evacuation of primary school",
    "Student housing block approved despite objections",
    "Landlords face new licensing rules from January",
    "Museum reveals hoard of medieval coins found by detectorist",
    "Vet shortage leaves rural pet owners driving hours for care",
    "Opinion: our high streets need fewer plans and more people",
    "Letters: the bin collection changes are a step backwards",
    "How a retired teacher built a library in a phone box",
    "Obituary: Walter Finchley, boatbuilder and raconteur, 1931-2024",
    "The best walks within an hour of the city",
    "Recipe: an easy traybake for cold evenings",
    "Why the price of a pint keeps going up",
    "Inside the restoration of the town hall clock",
    "Chef opens noodle bar in former bank vault",
    "Night bus trial to be made permanent",
    "Heat pump grants: who qualifies and how to apply",
    "Rugby club celebrates promotion with open-top bus tour",
    "Cricket ground pavilion destroyed in overnight fire",
    "Young goalkeeper signs first professional contract",
    "Marathon route changed after residents' complaints",
    "Swimming pool to close for six months for repairs",
    "Boxing gym owner honoured for youth work",
    "Netball team wins regional title in dramatic final",
    "Golf course sold to housing developer for undisclosed sum",
    "Cyclist completes 1,000-mile ride for hospice",
    "Weather: frost warning for inland areas tonight",
    "Traffic: lane closures on ring road through Friday",
    "Power restored to 2,000 homes after substation fault",
    "Warning issued over fake parking fine texts",
    "Charity shop finds rare first edition among donations",
    "Art students turn empty shops into pop-up gallery",
    "Railway station to get step-free access by 2026",
    "Jobs boost as packaging firm expands factory",
    "Hospital waiting list falls for first time in two years",
    "Hairdresser cuts hair for free for job interviews",
    "Allotment waiting lists stretch to seven years",
    "University spin-off raises funding for crop sensors",
    "Pub landlord recreates 1970s menu for anniversary",
    "Garden centre owner retires after 45 years",
    "Wildlife trust buys meadow to save rare orchids",
    "Town twinning association marks 40 years of friendship",
    "Postal workers honoured for checking on elderly residents",
    "Planning inquiry opens into wind farm proposal",
    "Youth orchestra to tour three countries this summer",
    "Bakery chain recalls sandwiches over allergen labelling",
    "Drivers urged to check tyres ahead of cold snap",
    "Bridge repainting to take two years and cost 4 million",
    "Community fridge saves a tonne of food in first month",
    "Theatre announces season including three world premieres",
    "Bird flu confirmed at poultry farm, restrictions imposed",
    "Shop owner chases off would-be robbers with broom",
    "Photo of the week: sunrise over the estuary",
    "Quiz: how well do you know the region's history?",
    "Podcast: what the budget means for your household",
    "Watch: drone footage shows scale of new housing estate",
]

DEKS = [
    "The decision follows months of consultation with residents and businesses.",
    "Officials say the changes will take effect at the start of next month.",
    "Campaigners say they will keep up the pressure despite the setback.",
    "The project is expected to create around 30 jobs.",
    "Investigators have not yet said what caused the incident.",
    "Organisers say numbers are up on last year.",
    "The report makes 12 recommendations for the authority.",
    "Tickets go on sale on Monday morning.",
    "It is the first such scheme in the region.",
    "Residents have until the end of the month to comment.",
    "The family has thanked the community for its support.",
    "A spokesperson said lessons had been learned.",
]

NAMES = [
    "Harriet Vance", "Colin Maddox", "Priya Ramsden", "Tobias Renwick", "Aoife Dunleavy",
    "Marcus Heller", "Yusuf Okonkwo", "Beatrix Lund", "Dev Chaudhary", "Sorcha Mulligan",
    "Elliot Brandt", "Nadia Ferreira", "Owen Prescott", "Lucy Tremayne", "Gideon Walsh",
    "Imogen Castell", "Rafael Ocampo", "Hana Kowalczyk", "Jonah Whitcombe", "Fern Adebayo",
]


def pick(seq, k, seed):
    rng = random.Random(seed)
    s = list(seq)
    rng.shuffle(s)
    return s[:k]
