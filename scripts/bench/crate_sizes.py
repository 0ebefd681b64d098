"""Which crates the phone bundle's code comes from: sums the size of every
function body in a wasm file by the crate its (mangled) name points to, and
prints the largest. Run on the linker's output, which still has names:

    python3 scripts/bench/crate_sizes.py target/wasm32-unknown-unknown/release/danzhou-green-community.wasm

The sizes are before wasm-opt (the shipped file is smaller), so read them as
shares. Generic code is counted under the crate of its trait or type, e.g.
a view's rendering under `tachys`.
"""

import collections
import json
import re
import sys


def leb128(data, at):
    value, shift = 0, 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def sections(data):
    at = 8
    while at < len(data):
        kind = data[at]
        size, body = leb128(data, at + 1)
        yield kind, data[body:body + size]
        at = body + size


def skip_limits(payload, at):
    flags = payload[at]
    _, at = leb128(payload, at + 1)
    if flags & 1:
        _, at = leb128(payload, at)
    return at


def imported_functions(payload):
    """How many functions the module imports: function indices start after them."""
    count, at = leb128(payload, 0)
    functions = 0
    for _ in range(count):
        for _name in range(2):
            length, at = leb128(payload, at)
            at += length
        kind = payload[at]
        at += 1
        if kind == 0:  # function: a type index
            _, at = leb128(payload, at)
            functions += 1
        elif kind == 1:  # table: an element type, then limits
            at = skip_limits(payload, at + 1)
        elif kind == 2:  # memory: limits
            at = skip_limits(payload, at)
        elif kind == 3:  # global: a value type and mutability
            at += 2
    return functions


def body_sizes(payload):
    count, at = leb128(payload, 0)
    sizes = []
    for _ in range(count):
        size, start = leb128(payload, at)
        sizes.append(size + start - at)
        at = start + size
    return sizes


def function_names(payload):
    length, at = leb128(payload, 0)
    if payload[at:at + length] != b"name":
        return {}
    at += length
    names = {}
    while at < len(payload):
        kind = payload[at]
        size, start = leb128(payload, at + 1)
        if kind == 1:
            count, cursor = leb128(payload, start)
            for _ in range(count):
                index, cursor = leb128(payload, cursor)
                length, cursor = leb128(payload, cursor)
                names[index] = payload[cursor:cursor + length].decode("utf-8", "replace")
                cursor += length
        at = start + size
    return names


CRATE = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)(?:\.\.|::)")
LEGACY = re.compile(r"_ZN(\d+)")
# v0 mangling: the first crate root is `C`, an optional `s<hash>_`, then
# the length and the crate name.
V0_CRATE = re.compile(r"C(?:s[0-9A-Za-z]*_)?(\d+)")


def crate_of(name):
    legacy = LEGACY.match(name)
    if legacy:
        first = name[legacy.end():legacy.end() + int(legacy.group(1))]
        if not first.startswith("_$LT$"):
            return first
        found = CRATE.search(first.replace("$u20$as$u20$", " ").split(" ")[-1]) or CRATE.search(first)
        return found.group(1) if found else "(generic)"
    if name.startswith("_R"):
        found = V0_CRATE.search(name)
        if found:
            return name[found.end():found.end() + int(found.group(1))]
    if name.startswith(("__wbindgen_describe", "__wbg")):
        return "(wasm-bindgen glue, mostly dropped by wasm-bindgen)"
    return "(other)"


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    data = open(path, "rb").read()
    imports, sizes, names, data_bytes = 0, [], {}, 0
    for kind, payload in sections(data):
        if kind == 2:
            imports = imported_functions(payload)
        elif kind == 10:
            sizes = body_sizes(payload)
        elif kind == 11:
            data_bytes = len(payload)
        elif kind == 0:
            names = names or function_names(payload)
    by_crate = collections.Counter()
    for index, size in enumerate(sizes):
        by_crate[crate_of(names.get(index + imports, ""))] += size
    total = sum(sizes)
    rows = [(crate, size) for crate, size in by_crate.most_common(top)]
    print(f"| crate | code bytes | share |\n|---|---|---|")
    for crate, size in rows:
        print(f"| {crate} | {size:,} | {100 * size / total:.1f}% |")
    print(f"| (all code) | {total:,} | 100% |\n| (data: texts, the plan) | {data_bytes:,} | |")
    if len(sys.argv) > 3:
        with open(sys.argv[3], "w", encoding="utf-8") as out:
            json.dump({"code": total, "data": data_bytes, "crates": dict(rows)}, out, indent=2)


if __name__ == "__main__":
    main()
