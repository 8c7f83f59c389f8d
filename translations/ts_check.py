#!/usr/bin/env python3
"""Lists the unfinished messages of a Qt .ts file and checks the finished ones.

Usage: ts_check.py FILE.ts [--numerus-only]
       ts_check.py FILE.ts --fill-from OLD.ts

Prints every message still marked type="unfinished" (or left empty) with its
context, source text and file. For the finished ones it checks that the
placeholders (%1, %L1, %n, %Ln) match the source (a numerus form may leave
%n out, as in "Supprimer l'ouverture sélectionnée ?") and that a source with
a keyboard accelerator (&) keeps exactly one. --numerus-only is for a
translation of the source language (English): only its numerus messages
need to be finished, the others fall back to the source text.
Exits with status 1 if anything is unfinished or wrong.

--fill-from recovers translations that lupdate -no-obsolete dropped because
a message moved to another context (a class or namespace renamed): each
empty unfinished message of FILE.ts takes the translation OLD.ts gives the
same source text, in the same context or, if every context of OLD.ts agrees,
in another one (printed as COPIED: review those). Guesses of lupdate's
same-text heuristic (unfinished, not empty) are replaced the same way. Keep a copy of the .ts
before running update_translations to have an OLD.ts (or use git show).
"""
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?(?:\d+|n)")


def placeholders(text, numerus):
    found = set(PLACEHOLDER.findall(text or ""))
    if numerus:
        found -= {"%n", "%Ln"}
    return sorted(found)


def accelerators(text):
    # "&&" is a literal ampersand; "& " is not an accelerator either.
    return len(re.findall(r"&(?=[^&\s])", (text or "").replace("&&", "")))


def translation_of(message):
    """(numerus, [texts]) of a finished message, or None."""
    tr = message.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
        return None
    if message.get("numerus") == "yes":
        forms = [f.text or "" for f in tr.iter("numerusform")]
        return (True, forms) if forms and all(forms) else None
    return (False, [tr.text]) if tr.text else None


def fill(path, old_path):
    known = {}  # (numerus, source) -> {context: texts}
    for context in ET.parse(old_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found = translation_of(message)
            if found:
                key = (found[0], message.findtext("source"))
                known.setdefault(key, {})[name] = found[1]
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            tr = message.find("translation")
            # Empty, or holding a guess of lupdate's same-text heuristic.
            if tr.get("type") != "unfinished":
                continue
            numerus = message.get("numerus") == "yes"
            source = message.findtext("source")
            candidates = known.get((numerus, source), {})
            if name in candidates:
                texts = candidates[name]
            elif candidates and len({tuple(t) for t in candidates.values()}) == 1:
                texts = next(iter(candidates.values()))
                print(f"COPIED [{name}] {source!r} from [{', '.join(candidates)}]")
            else:
                continue
            for child in list(tr):
                tr.remove(child)
            if numerus:
                tr.text = None
                for text in texts:
                    ET.SubElement(tr, "numerusform").text = text
            else:
                tr.text = texts[0]
            del tr.attrib["type"]
            filled += 1
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    print(f"{path}: {filled} translations recovered from {old_path}")
    return 0


def main(argv):
    if "--fill-from" in argv:
        i = argv.index("--fill-from")
        if i + 1 >= len(argv) or len(argv) != 4:
            print(__doc__)
            return 2
        return fill([a for a in argv[1:] if a not in ("--fill-from", argv[i + 1])][0], argv[i + 1])
    args = [a for a in argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        print(__doc__)
        return 2
    numerus_only = "--numerus-only" in argv
    root = ET.parse(args[0]).getroot()
    total = unfinished = problems = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        filename = ""
        for message in context.iter("message"):
            total += 1
            for loc in message.findall("location"):
                filename = loc.get("filename") or filename
            source = message.findtext("source") or ""
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            if numerus:
                texts = [f.text or "" for f in translation.iter("numerusform")]
                empty = len(texts) < 2 or not all(texts)
            else:
                texts = [translation.text or ""]
                empty = not texts[0]
            if translation.get("type") == "unfinished" or empty:
                if numerus_only and not numerus:
                    continue
                unfinished += 1
                print(f"UNFINISHED [{name}] {source!r}  ({filename})")
                continue
            for text in texts:
                if placeholders(source, numerus) != placeholders(text, numerus):
                    problems += 1
                    print(f"PLACEHOLDERS [{name}] {source!r} -> {text!r}")
                if accelerators(source) != accelerators(text):
                    problems += 1
                    print(f"ACCELERATOR [{name}] {source!r} -> {text!r}")
    print(f"{args[0]}: {total} messages, {unfinished} unfinished, {problems} problems")
    return 1 if unfinished or problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
