#!/usr/bin/env python3
"""Regenerates the seed corpora in fuzz/corpus/<target>/ from the repo's examples and test files
plus generated edge cases. Run from anywhere: python3 fuzz/tools/make_corpus.py. Deterministic:
file names are content hashes, so a rerun changes nothing unless the sources changed. CI never
runs this; the corpus is committed (docs/hardening.md)."""

import hashlib
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "fuzz" / "corpus"
MAX_SEED = 16 * 1024  # bigger files slow every mutation; the 200 KB deep-nesting files get small twins


def put(target, data, label):
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    if len(data) > MAX_SEED:
        return
    d = CORPUS / target
    d.mkdir(parents=True, exist_ok=True)
    name = f"{label}-{hashlib.sha1(data).hexdigest()[:12]}"
    (d / name).write_bytes(data)


def files(pattern):
    return sorted(ROOT.glob(pattern))


def case_seeds():
    for p in files("examples/*.toml") + files("tests/testdata/good/*.toml") + files("tests/testdata/cli/*.toml"):
        put("case_toml", p.read_bytes(), p.stem)
    for p in files("tests/testdata/bad/*.toml"):
        put("case_toml", p.read_bytes(), "bad-" + p.stem)
    for p in files("examples/*.json") + files("tests/testdata/good/*.json"):
        put("case_json", p.read_bytes(), p.stem)
    for p in files("tests/testdata/bad/*.json"):
        put("case_json", p.read_bytes(), "bad-" + p.stem)

    minimal_toml = '[candidate]\nname = "Sam"\n\n[[offers]]\nid = "acme"\ncompany = "Acme"\n'
    minimal_json = '{"candidate": {"name": "Sam"}, "offers": [{"id": "acme", "company": "Acme"}]}\n'
    toml_edges = {
        "bom": "\ufeff" + minimal_toml,
        "crlf": minimal_toml.replace("\n", "\r\n"),
        "trap-cc8929": b"\xcc\x89\x29",
        "overlong": b'[candidate]\nname = "\xc0\xaf"\n',
        "surrogate": b'[candidate]\nname = "\xed\xa0\x80"\n',
        "nul": b'[candidate]\nname = "a\x00b"\n',
        "deep-arrays-65": "a = " + "[" * 65 + "]" * 65 + "\n",
        "deep-arrays-63": "a = " + "[" * 63 + "]" * 63 + "\n",
        "deep-inline": "a = " + "{b=" * 70 + "1" + "}" * 70 + "\n",
        "deep-dotted": "x" + ".a" * 70 + " = 1\n",
        "deep-header": "[x" + ".a" * 70 + "]\nb = 1\n",
        "money-forms": minimal_toml + 'base = "82.5k EUR"\nbonus = { target_pct = 10 }\n',
        "dates": minimal_toml + "received = 2026-02-28\ndeadline = 2028-02-29\n",
        "datetime": minimal_toml + "received = 2026-11-28T10:00:00Z\n",
        "huge-int": minimal_toml + "base = 9223372036854775807\n",
        "neg-int": minimal_toml + "base = -9223372036854775808\n",
        "float-exp": minimal_toml + "base = 1e308\n",
        "claims": minimal_toml + '[[offers.claims]]\ntopic = "base"\nvalue = "90k"\nsource = "recruiter"\n',
        "interviews": minimal_toml + '[[offers.interviews]]\nstage = "final"\nnotes = "They said we work hard and play hard."\n',
        "doc-inline": minimal_toml + 'documents = { offer_letter = { text = "Base salary EUR 81,000. Please sign by Friday." } }\n',
        "unicode-keys": minimal_toml + '"ключ" = "значение"\n',
        "multiline": minimal_toml + 'notes = """\nline one\r\nline two\\\n  joined"""\n',
    }
    for label, text in toml_edges.items():
        put("case_toml", text, "gen-" + label)
    json_edges = {
        "bom": "\ufeff" + minimal_json,
        "crlf": minimal_json.replace(", ", ",\r\n"),
        "deep-64": '{"candidate": ' + "[" * 64 + "]" * 64 + "}",
        "deep-63": '{"candidate": ' + "[" * 63 + "]" * 63 + "}",
        "deep-objects": '{"a":' * 70 + "1" + "}" * 70,
        "escapes": '{"candidate": {"name": "S\\u00e9\\ud83d\\ude00\\n\\t\\"\\\\"}, "offers": []}',
        "lone-surrogate": '{"candidate": {"name": "\\ud800"}}',
        "numbers": '{"candidate": {"name": "S", "runway_months": 1.5e3}, "offers": [{"id": "a", "company": "A", "base": 82000.5}]}',
        "big-number": '{"offers": [{"id": "a", "company": "A", "base": 1e400}]}',
        "duplicate-key": '{"candidate": {"name": "A", "name": "B"}}',
        "trailing-comma": '{"candidate": {"name": "A",}}',
        "top-array": "[1, 2, 3]",
        "nul": b'{"candidate": {"name": "a\x00b"}}',
        "invalid-utf8": b'{"candidate": {"name": "\xff"}}',
    }
    for label, text in json_edges.items():
        put("case_json", text, "gen-" + label)


DOC_SNIPPETS = [
    "Date: 2026-11-20\nWe are pleased to offer you the position of Senior Engineer. Base salary EUR 81,000 per year.\n",
    "Please sign by Friday. This offer expires within 48 hours. Start date: 4 January 2027.\n",
    "Equity: 10,000 options vesting over 4 years with a 1-year cliff, monthly thereafter.\n",
    "This role is fully remote. Actually hybrid, 3 office days a week. Not fully remote.\n",
    "Bonus up to 10% of base. Sign-on bonus of $15k. Between 70k and 80k GBP. 5.500 EUR a month.\n",
    "We are a family. Fast-paced environment, wear many hats. Unlimited PTO. Pay an application fee for training.\n",
    "<!doctype html><html><body><h1>Data Engineer - Remote (UK)</h1><p>Salary &pound;70,000&ndash;&pound;80,000 &amp; equity</p><script>x<y</script><br/>&#x1F600;&#0;&#xD800;</body></html>",
    "Join us as Staff Engineer. Respond within 5 business days, by end of the month, or next Monday.\n",
    "02/03/2027 and 2027-02-29 and 31 April 2027 and December 2, 2026 and Fri, 4 Dec.\n",
]


def document_seeds():
    texts = [p.read_bytes() for p in files("examples/docs/*.txt") + files("tests/testdata/good/letters/*.txt")]
    texts += [s.encode() for s in DOC_SNIPPETS]
    edges = {
        "invalid-utf8": b"fee \xff\xfe application fee \xc0\xaf \xed\xa0\x80 \xf4\x90\x80\x80 end",
        "nul": b"application\x00fee",
        "crlf": b"Line one.\r\nPay an application fee.\r\n",
        "bom": b"\xef\xbb\xbfPay an application fee.",
        "amp-run": b"&" * 2000,
        "lt-run": b"<" * 2000,
        "long-word": b"a" * 5000 + b" fee",
        "many-hits": b"fast-paced " * 300,
        "cut-utf8": b"fee \xe2\x82",
    }
    for label, data in edges.items():
        texts.append(data)
        put("scan_document", data, "gen-" + label)
        put("extract", data, "gen-" + label)
    for i, t in enumerate(texts):
        put("scan_document", t, f"doc{i}")
        put("extract", t, f"doc{i}")
    # A few lexicon phrases, so the fuzzer starts next to real hits.
    import re
    for p in files("data/lexicon/*.toml"):
        examples = re.findall(r'^examples = \[(.*)\]', p.read_text(), re.M)
        for j, line in enumerate(examples[:4]):
            put("scan_document", line, f"lex-{p.stem}-{j}")


def jsonl_seeds():
    lines = {
        "plain": '{"id":1,"text":"Pay an application fee before the interview."}',
        "string-id": '{"id":"abc","text":"fast-paced, we are a family"}',
        "escapes": '{"text":"line\\nbreak \\"quoted\\" \\u00e9 \\ud83d\\ude00 \\ud800 tab\\t","id":2.5e3}',
        "skipped-keys": '{"title":"x","tags":["a",{"b":[1,2,{"c":null}]}],"n":-1.5e-3,"ok":true,"text":"unlimited PTO"}',
        "deep": '{"x":' + "[" * 70 + "]" * 70 + ',"text":"a"}',
        "no-text": '{"id":1}',
        "text-not-string": '{"text":5}',
        "trailing": '{"text":"a"} x',
        "control": '{"text":"a\x01b"}',
        "bad-escape": '{"text":"\\q"}',
        "bad-u": '{"text":"\\u12"}',
        "unterminated": '{"text":"abc',
        "crlf": '{"text":"fee"}\r',
        "spaces": "   \t ",
        "invalid-utf8": b'{"text":"\xff fee \xc0\xaf","id":"\xfe"}',
        "empty-object": "{}",
        "number-id": '{"id":-0.0e+1,"text":"x"}',
        "bad-number-id": '{"id":1e,"text":"x"}',
    }
    for label, text in lines.items():
        put("jsonl_line", text, "gen-" + label)
    streams = {
        "three": '{"id":1,"text":"fee"}\n{"id":2,"text":"unlimited PTO"}\n{"text":"x"}\n',
        "long-line": '{"id":1,"text":"' + "a" * 100 + '"}\n{"id":2,"text":"application fee"}\n',
        "long-last": '{"text":"fee"}\n{"text":"' + "b" * 200,
        "crlf": '{"text":"fee"}\r\n\r\n{"text":"a"}\r\n',
        "empty-lines": "\n\n\n",
        "no-newline": '{"text":"fee"}',
        "binary": b"\x00\x01\x02\n\xff\n",
    }
    for label, text in streams.items():
        put("jsonl_stream", text, "gen-" + label)


def record_seeds():
    """`evaluate --jsonl` lines: each JSON case on one line, with ids of each kind, and broken lines."""
    import json
    for p in files("examples/*.json") + files("tests/testdata/good/*.json") + files("tests/testdata/bad/*.json"):
        try:
            case = json.loads(p.read_text(encoding="utf-8"))
        except (ValueError, RecursionError):
            continue
        compact = json.dumps(case, ensure_ascii=False, separators=(",", ":"))
        put("case_record", compact, p.stem)
        if isinstance(case, dict):
            put("case_record", json.dumps({"id": p.stem, **case}, ensure_ascii=False), "id-" + p.stem)
            put("case_record", json.dumps({"id": 42, **case}, ensure_ascii=False), "num-" + p.stem)
    for label, text in {"empty": "", "blank": "  \t", "array": "[1,2]", "broken": "{broken",
                        "float-id": '{"id": 1.5, "candidate": {}}', "null-id": '{"id": null}',
                        "cr": '{"id": "x"}\r', "nested-id": '{"id": {"a": 1}}'}.items():
        put("case_record", text, "gen-" + label)


def value_seeds():
    money = ["82000", "82,000", "82k", "82.5k", "1.2m", "82000.50", "$82,000", "\u20ac82k", "82k EUR",
             "EUR 82000", "\u00a370,000", "\u20b9 5,00,000", "82.000", "82,5", "8,2000", "-5", "(5)", "+5",
             "1.123", "0.00000001k", "99999999999999", "9999999999999.99", "10000000000000", "1e5", "k", "EUR",
             " 82k ", "82 k", "82kk", "USD", "XYZ 5", "0", "0.5", "1,234,567.89", "\t7m\t"]
    for i, m in enumerate(money):
        put("parse_money", m, f"m{i}")
    dates = ["2026-11-28", "2024-02-29", "2023-02-29", "0001-01-01", "9999-12-31", "0000-01-01", "2026-13-01",
             "2026-00-10", "2026-04-31", "2026-1-01", "20261128", "2026/11/28", "2026-11-28T00:00", "+026-11-28"]
    for i, d in enumerate(dates):
        put("parse_date", d, f"d{i}")
    durations = ["within 48 hours", "in two weeks", "within 5 business days", "by Friday", "next Monday",
                 "end of the month", "end of the week", "end of day", "today", "tomorrow", "in 400 days",
                 "within 401 days", "in twenty-one days", "in 999999 months", "within 3 months", "by next friday",
                 "in one year", "within ninety-nine business days", "in 0 days", "within 000048 hours"]
    for i, d in enumerate(durations):
        put("parse_duration", d, f"r{i}")
        put("extract", "Date: 2026-11-20\nPlease reply " + d + ".\n", f"rel{i}")


if __name__ == "__main__":
    case_seeds()
    document_seeds()
    jsonl_seeds()
    record_seeds()
    value_seeds()
    total = sum(f.stat().st_size for f in CORPUS.rglob("*") if f.is_file())
    for d in sorted(CORPUS.iterdir()):
        fs = list(d.iterdir())
        print(f"{d.name}: {len(fs)} files, {sum(f.stat().st_size for f in fs)} bytes")
    print(f"total {total} bytes")
