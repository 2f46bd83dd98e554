# Regenerate with: python3 docs/assets/make-icon.py (from the repository root).
# Draws the package icon: a red rounded square with a white check mark, 128x128 RGBA, anti-aliased by supersampling.
import zlib, struct, math
N, S = 128, 4
def inside_rounded(x, y, r=22):
    cx = min(max(x, r), N - r); cy = min(max(y, r), N - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
def dist_seg(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0, min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)
def on_check(x, y, w=9):
    return dist_seg(x, y, 32, 66, 54, 88) <= w or dist_seg(x, y, 54, 88, 98, 40) <= w
rows = []
for j in range(N):
    row = bytearray([0])
    for i in range(N):
        bg = chk = 0
        for sj in range(S):
            for si in range(S):
                x, y = i + (si + .5) / S, j + (sj + .5) / S
                if inside_rounded(x, y):
                    bg += 1
                    chk += on_check(x, y)
        a = bg / (S * S); c = chk / max(bg, 1)
        r = round(200 * (1 - c) + 255 * c); g = round(16 * (1 - c) + 255 * c); b = round(46 * (1 - c) + 255 * c)
        row += bytes([r, g, b, round(255 * a)])
    rows.append(bytes(row))
def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', N, N, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + chunk(b'IEND', b'')
open('docs/assets/icon.png', 'wb').write(png)
