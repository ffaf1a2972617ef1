#!/usr/bin/env python3
"""Writes a valid incident log (docs/log-format.md) of N events, for benchmarks and fuzz seeds.

usage: gen_log.py PLAYBOOK OUT.jsonl [--events N] [--seed S] [--incident ID]

Valid means: `seq` 1..N without gaps, `prev` the SHA-256 of the previous line's bytes (of ""
for the first), the first event `incident.started` embedding PLAYBOOK's text and hash, every
event with the envelope v, seq, ts, incident, mode, type, actor in that order and `prev` last,
and `ts` increasing with milliseconds and a +01:00 offset. The events after the first are a
plausible long incident: steps started and done in the playbook's order, decisions, messages
sent (German text with umlauts and quotes), notes, reminders, roles assigned and variables
set. Writing 100,000 events through `crisis note` would take minutes (every append fsyncs),
so this writes the exact line format directly; bench/run checks the result with
`crisis verify` and `crisis status` before timing anything.
"""
import argparse
import datetime
import hashlib
import json
import os
import random
import re


def step_ids(text):
    """The step ids of a playbook, in order (good enough for the shipped format)."""
    ids = re.findall(r"^  - id: ([a-z0-9_-]+)\s*$", text, re.M)
    return ids or ["confirm"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("playbook")
    ap.add_argument("out")
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--incident", default="2026-11-19-website-outage-7f3a")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    raw = open(args.playbook, "rb").read()
    text = raw.decode("utf-8")
    steps = step_ids(text)
    tz = datetime.timezone(datetime.timedelta(hours=1))
    start = datetime.datetime(2026, 11, 19, 17, 3, 12, 345000, tzinfo=tz)
    names = ["anna", "Jörg Müller", "Zoë Weiß", "ben", "Çağla Öztürk"]
    notes = [
        "Kunde ruft an: „Ist meine Bestellung weg?“ – Antwort laut Textbaustein",
        "IT: Datenbank-Failover läuft, ETA unklar",
        "Presseanfrage von heise.de, Redaktionsschluss 18:30 Uhr",
        "X-Post mit 800 Reposts, Tonalität gereizt; nicht löschen, antworten",
        "Support: 140 Tickets seit 17:05, Tendenz steigend",
        "Zahlungsanbieter bestätigt Störung auf seiner Seite (Ticket #48213)",
    ]
    messages = [
        ("status", "Störung: Unser Onlineshop ist derzeit nicht erreichbar. Wir arbeiten mit "
                   "höchster Priorität daran. Nächstes Update bis 17:35 Uhr."),
        ("x", "Sorry, gerade lädt unser Shop nicht. Wir sind dran! Updates auf "
              "status.example.de, das nächste bis 17:35 Uhr."),
        ("support", "Guten Tag,\n\nvielen Dank für Ihre Nachricht – und entschuldigen Sie bitte, "
                    "dass der Shop gerade nicht erreichbar ist.\n\nViele Grüße"),
    ]

    prev = hashlib.sha256(b"").hexdigest()
    lines_out = []
    with open(args.out, "wb") as out:
        for seq in range(1, args.events + 1):
            ts = start + datetime.timedelta(milliseconds=seq * 1500 + rng.randrange(1000))
            stamp = ts.isoformat(timespec="milliseconds")
            actor = names[seq % len(names)]
            if seq == 1:
                kind = "incident.started"
                fields = {
                    "title": "Shop ist down – „Black Week“",
                    "severity": "high",
                    "playbook": {
                        "path": os.path.relpath(args.playbook),
                        "sha256": hashlib.sha256(raw).hexdigest(),
                        "text": text,
                    },
                    "variables": {"product": "unser Onlineshop", "eta": "steht noch nicht fest"},
                    "roles": {"lead": "anna"},
                }
            else:
                step = steps[(seq // 10) % len(steps)]
                r = seq % 10
                if r in (0, 5):
                    kind, fields = "step.started", {"step": step}
                elif r in (1, 6):
                    kind, fields = "step.done", {"step": step}
                elif r == 2:
                    channel, body = messages[seq % len(messages)]
                    kind = "message.sent"
                    fields = {"step": step, "template": f"{channel}-update", "channel": channel,
                              "text": body, "url": f"https://x.com/shop/status/{seq}"}
                elif r == 3:
                    kind = "reminder"
                    fields = {"kind": "update", "step": step,
                              "text": "Zeit für ein Update – auch ohne Neuigkeiten",
                              "since_public_update": 1800}
                elif r == 4:
                    kind, fields = "decision", {"step": step, "question": "Sehen Kunden es?",
                                                "answer": "sichtbar", "next": step}
                elif r == 7:
                    kind, fields = "role.assigned", {"role": "lead", "name": actor}
                elif r == 8:
                    kind, fields = "var.set", {"name": "eta", "value": f"{17 + seq % 6}:30 Uhr"}
                else:
                    kind, fields = "note", {"text": notes[seq % len(notes)]}
            event = {"v": 1, "seq": seq, "ts": stamp, "incident": args.incident, "mode": "live",
                     "type": kind, "actor": actor}
            event.update(fields)
            event["prev"] = prev
            line = json.dumps(event, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            prev = hashlib.sha256(line).hexdigest()
            lines_out.append(line)
            if len(lines_out) >= 4096:
                out.write(b"\n".join(lines_out) + b"\n")
                lines_out = []
        if lines_out:
            out.write(b"\n".join(lines_out) + b"\n")


if __name__ == "__main__":
    main()
