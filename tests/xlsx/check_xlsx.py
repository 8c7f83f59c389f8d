#!/usr/bin/env python3
"""Independent reader for the XLSX exports: opens a workbook with openpyxl and
checks it against an expectations file written by tests/test_xlsxexport.cpp.

    check_xlsx.py WORKBOOK.xlsx EXPECTATIONS.json

Exit status 0 when every expectation holds, 1 with one line per mismatch
(sheet!cell: what differs) otherwise, 2 on bad usage or a missing openpyxl.

Expectations (every key optional):
  "sheets":     the sheet names, in order
  "header":     {"sheets": [...], "cells": [...]}: the first row of those sheets
  "rows":       {sheet: [[cell, ...], ...]}: every data row below the header;
                a cell is null (empty), a string (a text cell), a number, or
                {"date": "YYYY-MM-DD"} / {"datetime": "YYYY-MM-DDTHH:MM:SS"}
                (a date cell, to the second) or {"number": x, "format": "0.0%"}
  "tables":     [{"sheet", "header": [...], "rows": [[...]]}]: somewhere in the
                sheet, a row starting with these header cells (column A on),
                directly followed by these rows
  "contains":   {sheet: [text, ...]}: text cells found anywhere in the sheet
  "cells":      [{"sheet", "cell", "value", "type", "number_format"}]: single
                cells; type is openpyxl's data_type ("s", "n", "d")
  "links":      {sheet: {cell: target}}: hyperlinks; cells of the URL column
                not listed must have no hyperlink when "only_links" is true
  "charts":     {sheet: count}
  "freeze":     {sheet: "A2"}
  "autofilter": {sheet: "A1:K65"}
  "link_counts": {sheet: n}: hyperlinks in the sheet, counted in its XML
  "titles":     {sheet: {"rows": n, "first": t, "last": t, "column": 3}}:
                checked in read_only mode reading one column only (big files);
                rows counts the header too
With "titles" or "link_counts", only those and "sheets" are checked (streamed,
for big files); otherwise the workbook is loaded whole.
"""

import datetime
import json
import sys
import zipfile

try:
    import openpyxl
    from openpyxl.utils import get_column_letter
except ImportError:  # the C++ test looks for a python3 that has it
    print("openpyxl is not installed", file=sys.stderr)
    sys.exit(2)

MAX_REPORTED = 40


class Checker:
    def __init__(self):
        self.errors = []

    def fail(self, where, message):
        self.errors.append(f"{where}: {message}")

    def equal(self, where, actual, expected, what="value"):
        if actual != expected:
            self.fail(where, f"{what} is {actual!r}, expected {expected!r}")
            return False
        return True


def parse_expected_date(spec):
    if "date" in spec:
        return datetime.datetime.fromisoformat(spec["date"]), "dd/mm/yyyy"
    return datetime.datetime.fromisoformat(spec["datetime"]), "dd/mm/yyyy hh:mm"


def check_cell(chk, where, cell, expected):
    value = cell.value
    if expected is None:
        chk.equal(where, value, None)
    elif isinstance(expected, str):
        # A text cell, never a formula or a number, whatever the text looks like.
        if chk.equal(where, value, expected):
            chk.equal(where, cell.data_type, "s", "type")
    elif isinstance(expected, (int, float)):
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            chk.fail(where, f"value is {value!r}, expected the number {expected!r}")
        elif abs(value - expected) > 1e-9:
            chk.fail(where, f"value is {value!r}, expected {expected!r}")
    elif "number" in expected:
        check_cell(chk, where, cell, expected["number"])
        if "format" in expected:
            chk.equal(where, cell.number_format, expected["format"], "number format")
    else:
        wanted, number_format = parse_expected_date(expected)
        if not isinstance(value, datetime.datetime):
            chk.fail(where, f"value is {value!r}, expected the date {wanted}")
            return
        if abs((value - wanted).total_seconds()) >= 1:
            chk.fail(where, f"date is {value}, expected {wanted}")
        chk.equal(where, cell.number_format, number_format, "number format")


def check_table(chk, book, table):
    name = table["sheet"]
    if name not in book.sheetnames:
        chk.fail(name, "no such sheet")
        return
    ws = book[name]
    header = table["header"]
    start = None
    for r in range(1, ws.max_row + 1):
        if [ws.cell(r, c).value for c in range(1, len(header) + 1)] == header:
            start = r
            break
    if start is None:
        chk.fail(name, f"no table headed {header!r}")
        return
    for i, expected_row in enumerate(table["rows"]):
        r = start + 1 + i
        for c, expected in enumerate(expected_row, start=1):
            check_cell(chk, f"{name}!{get_column_letter(c)}{r}", ws.cell(r, c), expected)


def check_full(chk, path, spec):
    book = openpyxl.load_workbook(path)
    if "sheets" in spec:
        chk.equal("workbook", book.sheetnames, spec["sheets"], "sheet names")
    header = spec.get("header")
    if header:
        for name in header["sheets"]:
            if name not in book.sheetnames:
                chk.fail(name, "no such sheet")
                continue
            ws = book[name]
            for col, title in enumerate(header["cells"], start=1):
                check_cell(chk, f"{name}!{get_column_letter(col)}1", ws.cell(1, col), title)
    for name, rows in spec.get("rows", {}).items():
        if name not in book.sheetnames:
            chk.fail(name, "no such sheet")
            continue
        ws = book[name]
        chk.equal(name, ws.max_row, len(rows) + 1, "row count (header included)")
        width = max((len(r) for r in rows), default=0)
        for r, expected_row in enumerate(rows, start=2):
            for c, expected in enumerate(expected_row, start=1):
                check_cell(chk, f"{name}!{get_column_letter(c)}{r}", ws.cell(r, c), expected)
            # Nothing beyond the expected columns.
            for c in range(width + 1, ws.max_column + 1):
                if ws.cell(r, c).value is not None:
                    chk.fail(f"{name}!{get_column_letter(c)}{r}", "unexpected value")
    for table in spec.get("tables", []):
        check_table(chk, book, table)
    for name, texts in spec.get("contains", {}).items():
        found = {c.value for row in book[name].iter_rows() for c in row if c.data_type == "s"}
        for text in texts:
            if text not in found:
                chk.fail(name, f"no cell holds {text!r}")
    for item in spec.get("cells", []):
        name, ref = item["sheet"], item["cell"]
        where = f"{name}!{ref}"
        if name not in book.sheetnames:
            chk.fail(name, "no such sheet")
            continue
        cell = book[name][ref]
        if "value" in item:
            check_cell(chk, where, cell, item["value"])
        if "type" in item:
            chk.equal(where, cell.data_type, item["type"], "type")
        if "number_format" in item:
            chk.equal(where, cell.number_format, item["number_format"], "number format")
    for name, links in spec.get("links", {}).items():
        ws = book[name]
        for ref, target in links.items():
            link = ws[ref].hyperlink
            chk.equal(f"{name}!{ref}", link.target if link else None, target, "hyperlink")
    for name, count in spec.get("charts", {}).items():
        chk.equal(name, len(book[name]._charts), count, "chart count")
    for name, ref in spec.get("freeze", {}).items():
        chk.equal(name, book[name].freeze_panes, ref, "frozen panes")
    for name, ref in spec.get("autofilter", {}).items():
        chk.equal(name, book[name].auto_filter.ref, ref, "autofilter")


def check_titles(chk, path, titles):
    # read_only streams the sheet XML: a million rows without loading them all.
    book = openpyxl.load_workbook(path, read_only=True)
    for name, expected in titles.items():
        if name not in book.sheetnames:
            chk.fail(name, "no such sheet")
            continue
        ws = book[name]
        column = expected.get("column", 3)
        count = 0
        first = last = None
        for (value,) in ws.iter_rows(min_col=column, max_col=column, values_only=True):
            count += 1
            if count == 2:
                first = value
            last = value
        chk.equal(name, count, expected["rows"], "row count (header included)")
        if "first" in expected:
            chk.equal(name, first, expected["first"], "first title")
        if "last" in expected:
            chk.equal(name, last, expected["last"], "last title")
    book.close()


def count_links(chk, path, counts):
    # Streams each sheet's XML from the zip: fast on a million rows, where
    # openpyxl's read_only mode does not read hyperlinks.
    book = openpyxl.load_workbook(path, read_only=True)
    paths = {ws.title: ws._worksheet_path for ws in book.worksheets}
    book.close()
    needle = b"<hyperlink "
    with zipfile.ZipFile(path) as archive:
        for name, expected in counts.items():
            if name not in paths:
                chk.fail(name, "no such sheet")
                continue
            found = 0
            tail = b""
            with archive.open(paths[name].lstrip("/")) as xml:
                while True:
                    chunk = xml.read(1 << 20)
                    if not chunk:
                        break
                    data = tail + chunk
                    found += data.count(needle)
                    # Keep what could start a match cut by the chunk boundary
                    # (too short to hold a whole one, so never counted twice).
                    tail = data[-(len(needle) - 1):]
            chk.equal(name, found, expected, "hyperlink count")


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[2], encoding="utf-8") as f:
        spec = json.load(f)
    chk = Checker()
    streamed = {"titles", "link_counts"}
    if streamed & spec.keys():
        # Big workbooks: only what can be read without loading every cell.
        if "titles" in spec:
            check_titles(chk, argv[1], spec["titles"])
        if "sheets" in spec:
            book = openpyxl.load_workbook(argv[1], read_only=True)
            chk.equal("workbook", book.sheetnames, spec["sheets"], "sheet names")
            book.close()
    else:
        check_full(chk, argv[1], spec)
    if "link_counts" in spec:
        count_links(chk, argv[1], spec["link_counts"])
    for line in chk.errors[:MAX_REPORTED]:
        print(line)
    if len(chk.errors) > MAX_REPORTED:
        print(f"... and {len(chk.errors) - MAX_REPORTED} more")
    return 1 if chk.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
