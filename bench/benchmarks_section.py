"""The one way bench scripts write their results into BENCHMARKS.md: each owns a section between
<!-- NAME:begin --> and <!-- NAME:end -->, which a new run replaces whole. A section not there
yet goes before the section named `before` when that one is there, otherwise at the end."""
import os
import re


def write(path, name, section, before=None):
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    text = open(path).read() if os.path.exists(path) else "# Benchmarks\n"
    if begin in text:
        # a section that ends with a newline also takes the newline after the old end marker
        tail = "\n?" if section.endswith("\n") else ""
        text = re.sub(re.escape(begin) + ".*?" + re.escape(end) + tail, lambda _: section, text, flags=re.S)
    elif before and f"<!-- {before}:begin -->" in text:
        text = text.replace(f"<!-- {before}:begin -->", section.rstrip("\n") + f"\n\n<!-- {before}:begin -->")
    else:
        text = text.rstrip("\n") + "\n\n" + section.rstrip("\n") + "\n"
    with open(path, "w") as out:
        out.write(text)
