#!/usr/bin/python3
"""
The math font the equations are drawn with: STIX Two Math (SIL Open Font License 1.1, no
reserved font name), from the npm package @fontsource/stix-two-math, cut down to the characters
equations use, with its OpenType MATH table (stretchy brackets, radicals, size variants) kept.
403 KB as published, about 80 KB after. Run by hand after changing the character ranges:

    /usr/bin/python3 scripts/subset-math-font.py     (Debian: apt-get install python3-fonttools python3-brotli)

Writes src/styles/fonts/stix-two-math.woff2 and its licence beside it.
"""
import shutil
from pathlib import Path

from fontTools import subset

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "node_modules" / "@fontsource" / "stix-two-math"
OUT = ROOT / "src" / "styles" / "fonts"

# What KaTeX's MathML contains, and what MathML Core maps single-letter <mi> to (math italic).
UNICODES = [
    "U+0020-007E", "U+00A0-00FF", "U+0131", "U+0237", "U+0300-036F",  # Latin, accents
    "U+0391-03A9", "U+03B1-03C9", "U+03D1", "U+03D5", "U+03F0-03F6",  # Greek
    "U+2000-206F", "U+2100-214F", "U+2190-21FF", "U+2200-22FF",  # punctuation, ℝ, arrows, operators
    "U+2308-230B", "U+2329-232A", "U+239B-23B3", "U+23DC-23E1", "U+27E8-27EB",  # brackets and their pieces
    "U+1D400-1D467",  # mathematical bold and italic Latin
    "U+1D538-1D56B",  # double-struck
    "U+1D6A4-1D6A5", "U+1D6A8-1D71B",  # dotless i/j, bold and italic Greek
]

options = subset.Options()
options.layout_features = ["*"]
options.hinting = False
options.desubroutinize = True
options.flavor = "woff2"
font = subset.load_font(str(PKG / "files" / "stix-two-math-latin-400-normal.woff2"), options)
subsetter = subset.Subsetter(options)
subsetter.populate(unicodes=subset.parse_unicodes(",".join(UNICODES)))
subsetter.subset(font)
OUT.mkdir(parents=True, exist_ok=True)
subset.save_font(font, str(OUT / "stix-two-math.woff2"), options)
shutil.copy(PKG / "LICENSE", OUT / "stix-two-math.LICENSE.txt")
print(f"{OUT / 'stix-two-math.woff2'}: {(OUT / 'stix-two-math.woff2').stat().st_size} bytes")
