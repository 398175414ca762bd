#!/usr/bin/env python3
"""Draws the Soát Số icons (a tick over a table grid) as PNGs at 16, 32, 64 and 80 px, with only the standard library."""
import struct
import zlib
from pathlib import Path

BLUE = (0x1F, 0x5F, 0xA8, 255)
WHITE = (255, 255, 255, 255)
GREEN = (0x10, 0x7C, 0x10, 255)


def pixel(size: int, x: int, y: int):
    u, v = (x + 0.5) / size, (y + 0.5) / size
    # Rounded square background
    r = 0.18
    cx, cy = min(max(u, r), 1 - r), min(max(v, r), 1 - r)
    if (u - cx) ** 2 + (v - cy) ** 2 > r * r:
        return (0, 0, 0, 0)
    # Tick: two thick strokes
    def near(ax, ay, bx, by, w):
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((u - ax) * dx + (v - ay) * dy) / (dx * dx + dy * dy)))
        return (u - ax - t * dx) ** 2 + (v - ay - t * dy) ** 2 <= w * w
    if near(0.24, 0.52, 0.42, 0.72, 0.075) or near(0.42, 0.72, 0.78, 0.28, 0.075):
        return GREEN if size >= 32 else WHITE
    # Table grid lines
    if size >= 32 and (abs(v - 0.3) < 0.025 or abs(u - 0.5) < 0.02) and 0.12 < u < 0.88 and 0.12 < v < 0.88:
        return (0xC7, 0xE0, 0xF4, 255)
    return BLUE


def png(size: int) -> bytes:
    rows = b"".join(b"\x00" + b"".join(struct.pack("BBBB", *pixel(size, x, y)) for x in range(size)) for y in range(size))
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    here = Path(__file__).parent
    for size in (16, 32, 64, 80):
        (here / f"icon-{size}.png").write_bytes(png(size))
        print(f"icon-{size}.png")
