#!/usr/bin/env python3
"""Writes tests/encodings: one short report sentence in every encoding the readers detect, and
inputs they must refuse. The CLI (crates/cli/src/input.rs) and the page (www/decode.js) are both
tested on these files against expected.txt (file, then the encoding or the error)."""
import pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "tests" / "encodings"
MIXED = "一、2026年主要预期目标\r\n地区生产总值增长6%左右，城镇新增就业1.2万人。\r\n"
# Chinese with few ASCII characters: UTF-16 of it holds few NUL bytes (one detection method
# counted them and refused such files as binary).
CHINESE = "今年地区生产总值增长百分之六左右，城镇调查失业率控制在百分之五点五以内，粮食产量稳定在一千二百万吨以上。" * 4 + "\n2026\n"
# Latin-1 bytes: no encoding read here (an even length, so no UTF-16 reading of them either).
LATIN1 = "Caf\u00e9 r\u00e9sum\u00e9 na\u00efve d\u00e9j\u00e0 vu, pla\u00eet-il.".encode("latin-1")

CASES = [
    ("utf8.txt", MIXED.encode("utf-8"), "utf-8"),
    ("utf8-bom.txt", b"\xef\xbb\xbf" + MIXED.encode("utf-8"), "utf-8"),
    ("gbk.txt", MIXED.encode("gbk"), "gb18030"),
    ("gbk-chinese.txt", CHINESE.encode("gbk"), "gb18030"),
    ("utf16le-bom.txt", b"\xff\xfe" + MIXED.encode("utf-16-le"), "utf-16le"),
    ("utf16be-bom.txt", b"\xfe\xff" + MIXED.encode("utf-16-be"), "utf-16be"),
    ("utf16le.txt", MIXED.encode("utf-16-le"), "utf-16le"),
    ("utf16be.txt", MIXED.encode("utf-16-be"), "utf-16be"),
    ("utf16le-chinese.txt", CHINESE.encode("utf-16-le"), "utf-16le"),
    ("utf16be-chinese.txt", CHINESE.encode("utf-16-be"), "utf-16be"),
    ("latin1.txt", LATIN1, "undecodable"),
    ("empty.txt", b"", "empty"),
    ("blank.txt", b" \r\n\t\n", "empty"),
    ("binary.bin", bytes(range(256)) * 4, "binary"),
    ("elf.bin", b"\x7fELF\x02\x01\x01\x00" + bytes(56) + b"\x03\x00\x3e\x00" * 8, "binary"),
    ("undecodable.txt", b"report \xff\x80\xff text", "undecodable"),
]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    assert len(LATIN1) % 2 == 0
    lines = []
    for name, data, expected in CASES:
        (OUT / name).write_bytes(data)
        lines.append(f"{name} {expected}")
    (OUT / "expected.txt").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
