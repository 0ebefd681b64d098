"""Draws the app icons in public/icons/ (a developer tool, run by hand).

The icon: a white house on the plan's green, with a green leaf and a tick in
the house: a green community, checked. Needs Pillow (`pip install pillow`);
the PNGs are committed, so builds do not need it.
"""

from pathlib import Path

from PIL import Image, ImageDraw

GREEN = (27, 94, 32, 255)
LEAF = (67, 160, 71, 255)
WHITE = (255, 255, 255, 255)
OUT = Path(__file__).resolve().parent.parent / "public" / "icons"
SCALE = 4  # draw large, then downsample for smooth edges


def draw_symbol(draw, cx, cy, size):
    """The house, leaf and tick, centred on (cx, cy), `size` wide."""
    s = size / 100.0

    def p(x, y):
        return (cx + (x - 50) * s, cy + (y - 50) * s)

    draw.polygon([p(50, 4), p(96, 44), p(86, 44), p(86, 96), p(14, 96), p(14, 44), p(4, 44)], fill=WHITE)
    draw.polygon([p(x, y) for x, y in leaf_outline()], fill=LEAF)
    draw.line([p(36, 68), p(46, 77), p(64, 56)], fill=WHITE, width=int(7 * s), joint="curve")


def leaf_outline(base=(24, 90), tip=(78, 42), bulge=0.42, steps=40):
    """A leaf: two quadratic curves from base to tip, bulging either side."""
    (bx, by), (tx, ty) = base, tip
    mx, my = (bx + tx) / 2, (by + ty) / 2
    nx, ny = -(ty - by) * bulge, (tx - bx) * bulge
    points = []
    for side in (1, -1):
        cx, cy = mx + side * nx, my + side * ny
        ts = [i / steps for i in range(steps + 1)]
        if side == -1:
            ts.reverse()
        for t in ts:
            x = (1 - t) ** 2 * bx + 2 * (1 - t) * t * cx + t * t * tx
            y = (1 - t) ** 2 * by + 2 * (1 - t) * t * cy + t * t * ty
            points.append((x, y))
    return points


def icon(size, maskable):
    big = size * SCALE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    if maskable:
        # Full bleed; the symbol stays inside the 80% safe circle.
        draw.rectangle([0, 0, big, big], fill=GREEN)
        draw_symbol(draw, big / 2, big / 2, big * 0.52)
    else:
        draw.rounded_rectangle([0, 0, big - 1, big - 1], radius=big * 0.2, fill=GREEN)
        draw_symbol(draw, big / 2, big / 2, big * 0.7)
    return image.resize((size, size), Image.LANCZOS)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    icon(192, False).save(OUT / "icon-192.png", optimize=True)
    icon(512, False).save(OUT / "icon-512.png", optimize=True)
    icon(512, True).save(OUT / "icon-maskable-512.png", optimize=True)
    icon(180, True).save(OUT / "apple-touch-icon.png", optimize=True)
    icon(48, False).save(OUT / "favicon-48.png", optimize=True)


if __name__ == "__main__":
    main()
