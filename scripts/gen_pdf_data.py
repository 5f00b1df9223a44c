#!/usr/bin/env python3
"""Regenerate data/pdf/*.txt (glyph list, base encodings, standard-14 widths) from ReportLab's copies
of the Adobe Glyph List and AFM metrics. Run once; the output is committed."""
import importlib, os
out = os.path.join(os.path.dirname(__file__), "..", "data", "pdf")
g = importlib.import_module("reportlab.pdfbase._glyphlist")
skip = ("cyrillic", "hebrew", "arabic", "thai", "hiragana", "katakana", "korean", "bopomofo",
        "gujarati", "gurmukhi", "bengali", "deva", "armenian", "small", "monospace", "fullwidth",
        "halfwidth", "parenthesized", "circle", "square", "hangul")
with open(os.path.join(out, "glyphlist.txt"), "w") as f:
    f.write("# Adobe Glyph List subset: glyph name, Unicode code point (hex)\n")
    for name, cp in sorted(g._glyphname2unicode.items()):
        if any(s in name for s in skip):
            continue
        f.write(f"{name} {cp:04X}\n")
with open(os.path.join(out, "encodings.txt"), "w") as f:
    f.write("# Base encodings: '= Name' starts an encoding; then 'code glyphname' (code in hex)\n")
    for mod, name in [("standard", "StandardEncoding"), ("winansi", "WinAnsiEncoding"),
                      ("macroman", "MacRomanEncoding"), ("pdfdoc", "PDFDocEncoding"),
                      ("symbol", "SymbolEncoding"), ("zapfdingbats", "ZapfDingbatsEncoding")]:
        m = importlib.import_module(f"reportlab.pdfbase._fontdata_enc_{mod}")
        enc = getattr(m, name)
        f.write(f"= {name}\n")
        for code, gn in enumerate(enc):
            if gn:
                f.write(f"{code:02X} {gn}\n")
with open(os.path.join(out, "std14_widths.txt"), "w") as f:
    f.write("# Standard-14 widths (1/1000 em): '= FontName' then 'glyphname width'\n")
    for mod, name in [("helvetica", "Helvetica"), ("helveticabold", "Helvetica-Bold"),
                      ("timesroman", "Times-Roman"), ("timesbold", "Times-Bold"),
                      ("timesitalic", "Times-Italic"), ("timesbolditalic", "Times-BoldItalic"),
                      ("symbol", "Symbol"), ("zapfdingbats", "ZapfDingbats")]:
        m = importlib.import_module(f"reportlab.pdfbase._fontdata_widths_{mod}")
        f.write(f"= {name}\n")
        for gn, w in sorted(m.widths.items()):
            f.write(f"{gn} {w}\n")
