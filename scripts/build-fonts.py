#!/usr/bin/python3
"""Builds the CJK fonts that the PDF renderer embeds (src/main/resources/rendering/fonts).

PDFBox can embed a subset of a TrueType-outline font only, and Debian's Noto CJK fonts are CFF-based
OpenType. This script takes the fonts from Debian's packages, keeps the characters a report needs, turns
cubic CFF outlines into quadratic TrueType ones, drops hinting and layout tables (PDFBox uses neither) and
gives the result a family name of its own (the OFL asks a Modified Version not to carry a Reserved Font Name).

Characters: every character of the 通用规范汉字表 (2013, 8105 characters; Unihan's kTGH field, from Debian's
unicode-data) and of GB 2312 for the body face; for the heading faces the 3500 characters of its first
level, with the body face as fallback. Plus ASCII, Latin-1, the punctuation, symbols and full-width forms
that reports use.

Run with Debian's python3 (packages: fonttools python3-fonttools unicode-data fonts-noto-cjk fonts-lxgw-wenkai):
    /usr/bin/python3 scripts/build-fonts.py
"""
import bz2
import os
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "resources", "rendering", "fonts")
NOTO = "/usr/share/fonts/opentype/noto"
KAI = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf"
UNIHAN = "/usr/share/unicode/Unihan_OtherMappings.txt.bz2"
SC_INDEX = 2  # Simplified Chinese in Debian's Noto CJK collections (JP, KR, SC, TC, HK)


def standard_chinese_characters():
    """通用规范汉字表: code point -> its number in the table (1-3500 first level, -6500 second, -8105 third)."""
    table = {}
    with bz2.open(UNIHAN, "rt", encoding="utf-8") as lines:
        for line in lines:
            if "\tkTGH\t" in line:
                code, _, value = line.rstrip("\n").split("\t")
                for entry in value.split():
                    table[int(code[2:], 16)] = int(entry.split(":")[1])
    if len(table) != 8105:
        sys.exit("expected 8105 characters in kTGH, found %d" % len(table))
    return table


def gb2312():
    """Every character of GB 2312 (hanzi and symbols)."""
    chars = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes([high, low]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    return chars


def symbols():
    """ASCII, Latin-1, punctuation, CJK punctuation, full-width forms and the signs targets are written with."""
    ranges = [(0x20, 0x7E), (0xA0, 0xFF), (0x2010, 0x205E), (0x2100, 0x214F), (0x2150, 0x218B), (0x2190, 0x21FF),
              (0x2200, 0x22FF), (0x2460, 0x24FF), (0x2500, 0x257F), (0x25A0, 0x25FF), (0x2600, 0x2609),
              (0x3000, 0x303F), (0x3200, 0x32FF), (0xFE30, 0xFE4F), (0xFF01, 0xFF5E), (0xFFE0, 0xFFE6),
              (0x2A7D, 0x2A7E)]
    return {c for start, end in ranges for c in range(start, end + 1)}


def to_truetype(font, max_error=1.0):
    """Replaces the CFF table by glyf/loca: cubic curves approximated by quadratic ones, contours reversed."""
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, max_error, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones",):
        setattr(maxp, field, 1)
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs", "maxStackElements",
                  "maxSizeOfInstructions", "maxComponentElements", "maxComponentDepth", "maxPoints", "maxContours",
                  "maxCompositePoints", "maxCompositeContours"):
        setattr(maxp, field, 0)
    maxp.numGlyphs = len(order)
    font["maxp"] = maxp
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0  # with glyph names: PDFBox warns about fonts without them
    post.extraNames = []
    post.mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font, family, style, postscript):
    """Our own family name; the copyright notice and the licence entries stay as they were."""
    name = font["name"]
    for record in list(name.names):
        if record.nameID in (1, 3, 4, 6, 16, 17, 18, 21, 22):
            name.removeNames(nameID=record.nameID)
    for platform, encoding, language in ((3, 1, 0x409), (1, 0, 0)):
        name.setName(family, 1, platform, encoding, language)
        name.setName(style, 2, platform, encoding, language)
        name.setName(postscript + ";jixiao", 3, platform, encoding, language)
        name.setName(family if style == "Regular" else family + " " + style, 4, platform, encoding, language)
        name.setName(postscript, 6, platform, encoding, language)


def build(source, index, codepoints, family, style, postscript, target):
    font = (TTCollection(source, recalcTimestamp=False).fonts[index] if source.endswith(".ttc")
            else TTFont(source, recalcTimestamp=False))  # the source's timestamp: rebuilding gives the same bytes
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.desubroutinize = True
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = True
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "vhea", "vmtx", "VORG", "gasp", "DSIG", "meta",
                            "STAT", "hdmx", "LTSH", "VDMX", "kern"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)
    if "CFF " in font:
        to_truetype(font)
    # PDFBox reads no format 14 (variation sequences) and says so on every load
    font["cmap"].tables = [table for table in font["cmap"].tables if table.format != 14]
    rename(font, family, style, postscript)
    font.save(target)
    cmap = font.getBestCmap()
    print("%-28s %6d characters %6d glyphs %9d bytes" % (os.path.basename(target), len(cmap),
                                                           len(font.getGlyphOrder()), os.path.getsize(target)))


def main():
    standard = standard_chinese_characters()
    common = {c for c, n in standard.items() if n <= 3500} | symbols()
    full = set(standard) | gb2312() | symbols()
    os.makedirs(OUT, exist_ok=True)
    build(NOTO + "/NotoSerifCJK-Regular.ttc", SC_INDEX, full, "Jixiao Serif SC", "Regular", "JixiaoSerifSC-Regular",
          os.path.join(OUT, "JixiaoSerifSC-Regular.ttf"))
    build(NOTO + "/NotoSerifCJK-Bold.ttc", SC_INDEX, common, "Jixiao Serif SC", "Bold", "JixiaoSerifSC-Bold",
          os.path.join(OUT, "JixiaoSerifSC-Bold.ttf"))
    build(NOTO + "/NotoSansCJK-Regular.ttc", SC_INDEX, common, "Jixiao Sans SC", "Regular", "JixiaoSansSC-Regular",
          os.path.join(OUT, "JixiaoSansSC-Regular.ttf"))
    build(KAI, 0, common, "Jixiao Kai", "Regular", "JixiaoKai-Regular", os.path.join(OUT, "JixiaoKai-Regular.ttf"))


if __name__ == "__main__":
    main()
