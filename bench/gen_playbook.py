#!/usr/bin/env python3
"""Writes a large, valid playbook shaped like the shipped ones, for `crisis lint` benchmarks.

usage: gen_playbook.py OUT.yml [--bytes N] [--seed S]     (default 10 MiB)

The file repeats "sections" (one per region of a very large shop) until it reaches N bytes.
Each section adds German templates (literal `|` and folded `>-` block scalars, double-quoted
scalars with escapes, single-quoted ones with '' inside), steps with checklists, flow lists
(`send: [a, b]`), flow mappings (`choices: { … }`), deadlines, cadences, questions and
comments, like Playbooks/de/webshop-ausfall.yml. It is valid: ids are unique, every reference
(role, channel, template, step, variable) resolves, every step is reachable, X messages stay
under their 280-character limit and every variable, role, channel and template is used, so
`crisis lint` reports nothing and exits 0.
"""
import argparse
import random

SENTENCES = [
    "Unser Team arbeitet mit höchster Priorität daran, den Shop so schnell wie möglich wieder verfügbar zu machen.",
    "Bestellungen, die Sie vor der Störung per E-Mail bestätigt bekommen haben, sind sicher und werden wie gewohnt geliefert.",
    "Es tut uns sehr leid – gerade während unserer Aktion „{{aktion}}“.",
    "Wir melden uns hier mindestens alle 30 Minuten, auch wenn es nichts Neues gibt.",
    "Sind Sie unsicher, ob eine Bestellung durchgegangen ist, bestellen Sie bitte nicht ein zweites Mal.",
    "Den aktuellen Stand finden Sie jederzeit auf {{status_url}}.",
    "Öffentlich äußert sich nur {{role.kommunikation}}; technische Fakten kommen ausschließlich von {{role.it}}.",
    "Größere Rückfragen von Händlern gehen an {{role.leitung}}, nicht an den Kundenservice.",
]
CHECKS = [
    "Von außerhalb des Firmennetzes prüfen (Handy im Mobilfunknetz), nicht nur aus dem Büro",
    "Notieren, was genau ausfällt (Startseite, Produktseiten, Warenkorb, Kasse, App) und seit wann",
    "Statusseiten von Hosting, CDN und Zahlungsanbieter prüfen – liegt es bei ihnen?",
    "Bestätigte Fakten in den Krisenkanal schreiben, ebenso, was noch unklar ist",
    "Geplante Posts, Newsletter und Push-Nachrichten für diese Region anhalten",
    "Jede Presseanfrage als Notiz festhalten (Medium, Name, Redaktionsschluss)",
    "Übergabe an die nächste Schicht vorbereiten (offene Punkte, Zusagen, Uhrzeiten)",
]
ROLES = {
    "leitung": ("Krisenleitung", "Verantwortet Zeitleiste und Entscheidungen; gibt jede öffentliche Meldung frei"),
    "kommunikation": ("Kommunikation", "Schreibt und veröffentlicht Statusseite und Social-Media-Updates"),
    "support": ("Leitung Kundenservice", "Stellt den Textbaustein live; meldet Ticketzahlen"),
    "it": ("IT-Ansprechperson", "Einzige Quelle für technische Fakten – was betroffen ist und seit wann"),
    "marketing": ("Kampagnenverantwortung", "Stoppt bezahlten Traffic und geplante Versände"),
}
CHANNELS = [
    ("status", "Statusseite", "public", None),
    ("x", "X", "public", 280),
    ("support", "Textbaustein Kundenservice (E-Mail / Chat / Hotline)", "customers", None),
    ("team", "Interner Krisenkanal", "internal", None),
]
REGIONS = 40  # variables region_0 … region_39


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--bytes", type=int, default=10 * 1024 * 1024)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)

    head = [
        "# Großstörung über alle Regionen – erzeugt von bench/gen_playbook.py für Benchmarks.",
        "#",
        "# Tonalität: Auf X sprechen wir die Community mit „ihr“ an, auf der Statusseite mit „Sie“.",
        "# Jede öffentliche Meldung verspricht das nächste Update – Schweigen ist die schlechteste Antwort.",
        "---",
        "playbook: grossstoerung-bench",
        "title: Großstörung – Shops in vielen Regionen nicht erreichbar",
        "summary: >",
        "  Unsere Shops laden in vielen Regionen nicht, oder Bestellungen schlagen fehl, während eine",
        "  Aktion Besucher bringt. Die ersten 15 Minuten entscheiden, wie Kundinnen und Kunden",
        "  unsere Reaktion bewerten.",
        "severity: critical",
        "",
        "variables:",
        '  shop: { prompt: "Welcher Shop ist betroffen?", default: unser Onlineshop }',
        '  aktion: { prompt: "Welche Aktion läuft gerade?", default: Black Week }',
        "  status_url:",
        "    # Nur die öffentliche Adresse, keine internen Links.",
        '    prompt: "Wo finden Kundinnen und Kunden Updates?"',
        "    default: status.example.de",
    ]
    for r in range(REGIONS):
        head.append(f"  region_{r}: {{ prompt: \"Name der Region {r}?\", default: Region {r} }}")
    head += ["", "roles:"]
    for rid, (title, duties) in ROLES.items():
        head += [f"  {rid}:", f"    title: {title}", f"    duties: {duties}"]
    head += ["", "channels:"]
    for cid, title, audience, limit in CHANNELS:
        extra = f", limit: {limit}" if limit else ""
        head.append(f"  {cid}: {{ title: {title}, audience: {audience}{extra} }}")
    head += ["", "templates:"]

    templates, steps, injects = [], [], []
    size = sum(len(line.encode()) + 1 for line in head) + 200

    def section(k):
        region = f"{{{{region_{k % REGIONS}}}}}"
        body = rng.sample(SENTENCES, 3)
        t = [
            f"  # Abschnitt {k}: Vorlagen für {region.strip('{}')} – Statusseite, X, Kundenservice, Team.",
            f"  status-{k}:",
            "    channel: status",
            "    text: |",
            f"      Störung in {region}: {{{{shop}}}} ist derzeit nicht erreichbar",
            "",
        ] + [f"      {s}" for s in body] + [
            "",
            "      Nächstes Update bis {{next_update}} Uhr, bei Neuigkeiten früher.",
            "",
            f"  x-{k}:",
            "    channel: x",
            "    text: >-",
            f"      Sorry, in {region} lädt {{{{shop}}}} gerade nicht. Wir sind dran!",
            "      Updates auf {{status_url}}, das nächste bis {{next_update}} Uhr.",
            "",
            f"  support-{k}:",
            "    channel: support",
            "    text: >",
            "      Guten Tag, vielen Dank für Ihre Nachricht – und entschuldigen Sie bitte, dass",
            f"      {{{{shop}}}} in {region} gerade nicht erreichbar ist. {rng.choice(SENTENCES)}",
            "",
            f"  team-{k}:",
            "    channel: team",
            f'    text: "LAGE {k} ({{{{now}}}} Uhr, T+{{{{elapsed}}}}): {region} betroffen.\\n'
            f'– Leitung: {{{{role.leitung}}}} \\u00b7 IT: {{{{role.it}}}}\\n– Nächstes Update: {{{{next_update}}}} Uhr\\t\\"{{{{incident.id}}}}\\""',
            "",
        ]
        nxt = f"pruefen-{k + 1}"
        s = [
            f"  # Region {k}: prüfen, eröffnen, melden, beobachten.",
            f"  - id: pruefen-{k}",
            f"    title: Ausfall in Region {k} bestätigen und klären, was Kunden sehen",
            "    role: it",
            f"    due: {'5m' if k == 0 else f'{1 + k // 60}h{k % 60}m' if k % 60 else f'{1 + k // 60}h'}",
            "    do:",
        ] + [f"      - {c}" for c in rng.sample(CHECKS, 3)] + [
            "    ask:",
            f"      question: 'Sehen Kundinnen und Kunden in Region {k} das Problem? (''sichtbar'' oder ''intern'')'",
            f"      choices: {{ sichtbar: start-{k}, nur-intern: beobachten-{k} }}",
            "",
            f"  - id: start-{k}",
            f"    title: Vorfall für Region {k} eröffnen und pro Rolle eine Person benennen",
            "    role: leitung",
            f"    due: {'10m' if k == 0 else f'{1 + k // 60}h{k % 60}m' if k % 60 else f'{1 + k // 60}h'}",
            f"    send: [team-{k}]",
            "",
            f"  - id: meldung-{k}",
            f"    title: Öffentliche Meldung für Region {k} (erst Statusseite, dann X)",
            "    role: kommunikation",
        ] + (["    due: 15m"] if k == 0 else []) + (["    every: 30m"] if k % 10 == 0 else []) + [
            f"    send: [status-{k}, x-{k}, support-{k}]",
            "    do:",
            "      - Zuerst die Statusseite, dann X mit denselben Fakten in kurz",
            "      - Keine Ursache und keine Uhrzeit nennen, die die IT nicht bestätigt hat",
            "",
            f"  - id: beobachten-{k}",
            f"    title: Region {k} genau beobachten; Meldung in der Schublade",
            rng.choice(["    role: support", "    role: marketing"]),
            "    do:",
            "      - Alle 5 Minuten von außen prüfen",
            "      - Der Kundenservice meldet jedes Ticket, das das Problem erwähnt",
            f"    next: {nxt}",
            "",
        ]
        return t, s

    k = 0
    while size < args.bytes:
        t, s = section(k)
        templates += t
        steps += s
        size += sum(len(line.encode()) + 1 for line in t + s)
        if k % 50 == 0:
            inj = [
                f"    - at: {4 + k // 50}m",
                f"      title: Ein Kundenpost aus Region {k} geht viral",
                "      text: >-",
                "        „Sale startet, Shop stirbt. Sind meine Kartendaten sicher?“ – 800 Reposts und",
                "        es werden mehr.",
                "      role: kommunikation",
                "      channel: x",
            ]
            injects += inj
            size += sum(len(line.encode()) + 1 for line in inj)
        k += 1
    # The last section's `next` points past the end: close the flow instead.
    steps[-2] = "    next: end"
    lines = head + templates + ["steps:"] + steps + ["drill:", "  injects:"] + injects
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
