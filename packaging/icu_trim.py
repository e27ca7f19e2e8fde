"""Shrink Qt's ICU data library (libicudata, 32 MB) to what an English program needs.

Qt Core links ICU, and ICU's data library carries every locale, collation,
converter and dictionary ICU knows. Qt uses ICU only for collation, case
mapping, time-zone names and legacy text codecs; the program is English only
and reads UTF-8. So the bundle keeps ICU's structural data and the root,
English and Spanish locales, and drops the legacy converters, the CJK and
South-East Asian word dictionaries, transliteration and every other locale:
32 MB become about 3 MB. ICU falls back to the root locale for anything
dropped, as it does for a locale it does not know.

The data is one "common data" package (format CmnD): a table of contents of
sorted item names followed by the items, each aligned to 16 bytes. This
module copies the package with a subset of its items and links it into a
shared library of the same name exporting the same symbol (icudtNN_dat), with
the system C compiler. Linux only; on other systems the build leaves ICU as
it is.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

# Locales kept in every category: the root (ICU's fallback), English, and the
# Spanish that many US students' machines are set to.
KEPT_LOCALES = re.compile(r"^(root|en|en_US|en_US_POSIX|en_001|es|es_419|es_US|es_MX)$")
# A locale file name: ll, lll, ll_Script_REGION_VARIANT (camelCase names are not locales).
LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")
# Categories dropped whole: transliteration rules (Qt never transliterates).
DROPPED_CATEGORIES = {"translit"}
ALIGN = 16


def keep_item(name: str) -> bool:
    """True for an ICU data item the bundle keeps (name like icudt73l/coll/en.res)."""
    parts = name.split("/")[1:]
    if not parts:
        return True
    category = parts[0] if len(parts) > 1 else ""
    base = parts[-1]
    stem, _, ext = base.rpartition(".")
    if category in DROPPED_CATEGORIES:
        return False
    if ext == "cnv" or base == "unames.icu" or ext == "dict":
        return False  # legacy converters, character names, word dictionaries
    if ext == "res" and LOCALE.match(stem) and stem not in ("pool", "root"):
        return bool(KEPT_LOCALES.match(stem))
    return True


def read_package(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """Split a CmnD package into its header and (name, data) items, in ToC order."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    toc = blob[header_size:]
    count = struct.unpack_from("<I", toc, 0)[0]
    offsets = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(offsets):
        name = toc[name_offset : toc.index(b"\0", name_offset)].decode("ascii")
        end = offsets[index + 1][1] if index + 1 < count else len(toc)
        items.append((name, toc[data_offset:end]))
    return blob[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """A CmnD package of these items (kept in the given, sorted, order)."""
    count = len(items)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table_size = 4 + 8 * count
    data_start = table_size + len(names)
    data_start += (-(len(header) + data_start)) % ALIGN
    entries, data = [], bytearray()
    name_offset = table_size
    for name, item in items:
        entries.append((name_offset, data_start + len(data)))
        name_offset += len(name) + 1
        data += item
        data += b"\0" * ((-len(data)) % ALIGN)
    table = struct.pack("<I", count) + b"".join(struct.pack("<II", *e) for e in entries)
    padding = b"\0" * (data_start - table_size - len(names))
    return header + table + names + padding + bytes(data)


def _elf_symbol(library: bytes) -> tuple[str, int, int]:
    """The exported icudtNN_dat symbol of libicudata: its name, file offset and size."""
    # ELF64 little-endian: section headers, then the dynamic symbol table.
    (shoff,) = struct.unpack_from("<Q", library, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", library, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", library, shoff + i * shentsize) for i in range(shnum)
    ]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strtab = sections[link]
        for start in range(offset, offset + size, entsize):
            st_name, _st_info, _other, shndx, value, st_size = struct.unpack_from(
                "<IBBHQQ", library, start
            )
            name_start = strtab[4] + st_name
            name = library[name_start : library.index(b"\0", name_start)].decode()
            if re.fullmatch(r"icudt\d+_dat", name):
                target = sections[shndx]
                return name, target[4] + value - target[3], st_size
    raise ValueError("no icudtNN_dat symbol: not an ICU data library")


def trim_library(library: Path, compiler: str | None = None) -> tuple[int, int]:
    """Replace library (libicudata.so.NN) in place with a trimmed copy.

    Returns the sizes before and after, in bytes. Raises RuntimeError when no
    C compiler is found (the caller may then keep the library as it is).
    """
    compiler = compiler or shutil.which("cc") or shutil.which("gcc")
    if not compiler:
        raise RuntimeError("no C compiler (cc) to link the trimmed ICU data")
    raw = library.read_bytes()
    symbol, offset, size = _elf_symbol(raw)
    header, items = read_package(raw[offset : offset + size])
    package = write_package(header, [(n, d) for n, d in items if keep_item(n)])
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "icudata.dat").write_bytes(package)
        (work / "icudata.S").write_text(
            f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n"
            f'\t.balign 16\n{symbol}:\n\t.incbin "icudata.dat"\n'
            f'\t.size {symbol}, . - {symbol}\n\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        out = work / library.name
        subprocess.run(
            [
                compiler,
                "-shared",
                "-nostdlib",
                "-o",
                str(out),
                f"-Wl,-soname,{library.name}",
                "-Wl,-s",
                "icudata.S",
            ],
            cwd=work,
            check=True,
        )
        library.unlink()  # it may be a read-only copy or a hard link
        shutil.copyfile(out, library)
    return len(raw), library.stat().st_size
