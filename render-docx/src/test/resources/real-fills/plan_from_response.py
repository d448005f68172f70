#!/usr/bin/env python3
"""Build a lo_fill.py plan from an EvidenceKit response and its questionnaire definition.

  plan_from_response.py QUESTIONNAIRE.json RESPONSE.json [-o PLAN.json]
        [--how click|select|dialog|delete|after] [--typing keys|insert] [--tick click|uno|delete]
        [--delete ID,ID...]        # these questions: delete the control, type the answer in its place
        [--how-for ID=HOW ...]     # another way of filling one question (or ID:OPTION for a specify)

Each action finds its paragraph by printed text, as a person reads the form: the part's
heading, the group's printed label and text, the question's label and text ("1. a) ...") and,
for a tick or an "other" text, the option's label and text. Actions come in document order.
A respondent field, consent or oral evidence goes where the form asks for it
(`responseField`); one the form does not ask for is listed under "unplaced".
"""
import argparse
import json
import sys

RESPONDENT_FIELDS = {
    "respondent.name": "name", "respondent.jobTitle": "jobTitle", "respondent.email": "email",
    "respondent.phone": "phone", "respondent.organisation": "organisation", "respondent.area": "area",
    "respondent.contactName": "contactName",
}
CONTENT_TYPES = {"paragraph", "list", "heading", "definitions", "quotation", "case-study"}


def printed(item):
    """A question's or option's paragraph as printed: label, a tab, the text."""
    label = item.get("label")
    text = item.get("text", "")
    return (label + " " + text) if label else text


def part_heading(part):
    return " ".join(x for x in (part.get("label"), part.get("title")) if x).strip()


def walk(questionnaire):
    """(part, path-so-far, question) for every question, groups included, in document order."""
    for part in questionnaire["parts"]:
        head = part_heading(part)
        base = [head] if head else []
        yield part, base, None  # the part itself (for its declaration)

        def items(its, path):
            for it in its:
                if it["type"] in CONTENT_TYPES:
                    continue
                here = path + [printed(it)]
                yield part, here, it
                if it["type"] == "group":
                    yield from items(it["questions"], here)

        for section in part["sections"]:
            yield from items(section["items"], base)


def value_for(question, response):
    """What the response holds for a question: its answer, or the response field it is bound to."""
    rf = question.get("responseField")
    if rf in RESPONDENT_FIELDS:
        return response.get("respondent", {}).get(RESPONDENT_FIELDS[rf])
    if rf == "consent":
        c = response.get("consent")
        return {"selected": [c]} if c else None
    if rf == "oralEvidence":
        return True if response.get("oralEvidence") else None
    return response.get("answers", {}).get(question["id"])


def build(questionnaire, response, how=None, typing=None, tick=None, delete=(), how_for=None):
    how_for = dict(how_for or {})
    for qid in delete:
        how_for[qid] = "delete"
    actions = []
    used_fields = set()
    for part, path, q in walk(questionnaire):
        if q is None:
            d = part.get("declaration")
            if d and response.get("answers", {}).get(d["id"]) is True:
                actions.append({"answer": d["id"], "find": path + [d["text"]], "action": "tick"})
            continue
        if q["type"] == "group":
            continue
        if q.get("responseField"):
            used_fields.add(q["responseField"])
        v = value_for(q, response)
        if v is None:
            continue
        t = q["type"]
        if t in ("short-text", "long-text", "email", "count"):
            if isinstance(v, float) and v.is_integer():
                v = int(v)
            a = {"answer": q["id"], "find": path, "action": "type", "value": str(v)}
            if q["id"] in how_for:
                a["how"] = how_for[q["id"]]
            actions.append(a)
        elif t == "tick-box":
            if v is True:
                a = {"answer": q["id"], "find": path, "action": "tick"}
                if how_for.get(q["id"]) == "delete":
                    a["tick"] = "delete"
                actions.append(a)
        elif t in ("single-choice", "multiple-choice"):
            selected = v.get("selected", [])
            specified = v.get("specified", {})
            for o in q["options"]:
                opath = path + [printed(o)]
                if o["id"] in selected:
                    a = {"answer": q["id"], "option": o["id"], "find": opath, "action": "tick"}
                    if how_for.get(q["id"]) == "delete":
                        a["tick"] = "delete"
                    actions.append(a)
                if o["id"] in specified:
                    a = {"answer": q["id"], "option": o["id"], "find": opath, "action": "specify",
                         "value": specified[o["id"]]}
                    key = q["id"] + ":" + o["id"]
                    if key in how_for:
                        a["how"] = how_for[key]
                    elif q["id"] in how_for:
                        a["how"] = how_for[q["id"]]
                    actions.append(a)
        else:
            raise SystemExit("question %s: type %s not supported" % (q["id"], t))
    unplaced = []
    for rf, key in RESPONDENT_FIELDS.items():
        if key in response.get("respondent", {}) and rf not in used_fields:
            unplaced.append(rf)
    if response.get("consent") and "consent" not in used_fields:
        unplaced.append("consent")
    if response.get("oralEvidence") and "oralEvidence" not in used_fields:
        unplaced.append("oralEvidence")
    defaults = {}
    if how:
        defaults["how"] = how
    if typing:
        defaults["typing"] = typing
    if tick:
        defaults["tick"] = tick
    return {"questionnaire": {"id": questionnaire["id"], "version": questionnaire["version"]},
            "response": response.get("id"), "defaults": defaults, "unplaced": unplaced, "actions": actions}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("questionnaire")
    ap.add_argument("response")
    ap.add_argument("-o", "--out")
    ap.add_argument("--how", choices=("click", "click-delete", "select", "dialog", "delete", "after"))
    ap.add_argument("--typing", choices=("keys", "insert"))
    ap.add_argument("--tick", choices=("click", "uno", "delete"))
    ap.add_argument("--delete", default="", help="comma-separated question ids")
    ap.add_argument("--how-for", action="append", default=[], metavar="ID=HOW")
    a = ap.parse_args(argv)
    with open(a.questionnaire, encoding="utf-8") as f:
        q = json.load(f)
    with open(a.response, encoding="utf-8") as f:
        r = json.load(f)
    how_for = dict(x.split("=", 1) for x in a.how_for)
    plan = build(q, r, a.how, a.typing, a.tick, [x for x in a.delete.split(",") if x], how_for)
    text = json.dumps(plan, ensure_ascii=False, indent=1)
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            f.write(text + "\n")
    else:
        print(text)


if __name__ == "__main__":
    main()
