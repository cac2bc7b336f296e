#!/usr/bin/env python3
"""Checks a browser screenshot of the HTML report: not blank, and the charts are drawn.

usage: screenshot-check.py SCREENSHOT.png

Decodes the PNG with the standard library only (zlib; 8-bit RGB or RGBA, as Chromium writes
it), then requires that (1) a good share of the page is not white, and (2) the charts' own
Okabe-Ito colours, which the page's CSS never uses, each cover a real area: blue #0072B2 (GPU
boards, totals), orange #E69F00 (cooling), bluish green #009E73 (passing checks), sky blue
#56B4E9 (host, steps). A page whose inline SVG did not render has none of them.
"""
import struct
import sys
import zlib


def read_png(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"{path}: not a PNG")
    pos, idat = 8, b""
    width = height = None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or colour not in (2, 6) or interlace:
                sys.exit(f"{path}: unsupported PNG (depth {depth}, colour type {colour})")
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous, i = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = previous[x]
            c = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def main():
    width, height, channels, rows = read_png(sys.argv[1])
    counts, non_white = {}, 0
    for row in rows:
        for x in range(0, width * channels, channels):
            rgb = row[x:x + 3]
            if rgb != b"\xff\xff\xff":
                non_white += 1
                counts[rgb] = counts.get(rgb, 0) + 1
    total = width * height
    share = non_white / total
    print(f"screenshot {width}x{height}: {share:.1%} not white, {len(counts)} distinct colours")
    problems = []
    if share < 0.03:
        problems.append(f"only {share:.1%} of the page is not white: blank?")
    if len(counts) < 50:
        problems.append(f"only {len(counts)} distinct colours: no charts?")
    for name, hex_colour in [("blue", "0072B2"), ("orange", "E69F00"),
                             ("bluish green", "009E73"), ("sky blue", "56B4E9")]:
        rgb = bytes.fromhex(hex_colour)
        near = sum(n for c, n in counts.items() if max(abs(c[k] - rgb[k]) for k in range(3)) <= 6)
        print(f"  chart colour {name} #{hex_colour}: {near} pixels")
        if near < 500:
            problems.append(f"chart colour {name} #{hex_colour} covers only {near} pixels")
    for problem in problems:
        print("FAIL: " + problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
