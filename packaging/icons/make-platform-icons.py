#!/usr/bin/env python3
"""Packs PNG renders of resources/icons/tidewatch.svg into the Windows .ico and the macOS
.icns that the installers use (packaging/windows/tidewatch.ico, packaging/macos/tidewatch.icns).

Render the PNGs first, named icon_<size>.png for 16 24 32 48 64 128 256 512 1024, e.g. with
  rsvg-convert -w N -h N resources/icons/tidewatch.svg -o icon_N.png
then run:  packaging/icons/make-platform-icons.py DIR_WITH_PNGS
Both formats hold the PNGs as they are (ICO with PNG entries: Windows Vista and later).
"""
import pathlib
import struct
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]


def read(directory, size):
    return (directory / f"icon_{size}.png").read_bytes()


def make_ico(directory):
    sizes = [16, 24, 32, 48, 64, 128, 256]
    images = [read(directory, s) for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    for size, data in zip(sizes, images):
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


def make_icns(directory):
    # OSType -> pixel size of the PNG it holds (the @2x types hold double resolution).
    types = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
             ("ic09", 512), ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256),
             ("ic14", 512)]
    body = b""
    for ostype, size in types:
        data = read(directory, size)
        body += ostype.encode("ascii") + struct.pack(">I", len(data) + 8) + data
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    directory = pathlib.Path(sys.argv[1])
    (ROOT / "packaging/windows/tidewatch.ico").write_bytes(make_ico(directory))
    (ROOT / "packaging/macos/tidewatch.icns").write_bytes(make_icns(directory))


if __name__ == "__main__":
    main()
