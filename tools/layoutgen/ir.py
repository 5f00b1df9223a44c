"""A small layout language the families write and every producer renders: paragraphs of runs,
tables (cells may hold blocks), check boxes, lists, rules, logos, page breaks, running header and
footer. Sizes are points; widths of table columns are fractions of the text width."""

from dataclasses import dataclass, field


@dataclass
class Run:
    text: str
    b: bool = False
    i: bool = False
    u: bool = False
    size: float = None
    color: str = None
    font: str = None          # a face key of the doc, or None for the paragraph's


def runs(x, **kw):
    """str | Run | list -> list[Run]; keyword args apply to plain strings."""
    if x is None:
        return []
    if isinstance(x, str):
        return [Run(x, **kw)]
    if isinstance(x, Run):
        return [x]
    out = []
    for e in x:
        out += runs(e, **kw)
    return out


@dataclass
class Para:
    content: list                  # list[Run]
    size: float = None
    align: str = "left"            # left | center | right | justify
    before: float = 0
    after: float = 4
    indent: float = 0
    font: str = "body"             # face key: body | head
    keep: bool = False             # keep with next
    leading: float = None
    heading: int = 0               # 1..3: semantic heading level (HTML h1.., docx Heading N)
    color: str = None


def P(content, **kw):
    return Para(runs(content), **kw)


@dataclass
class Checks:
    items: list                    # [(text, checked)]
    style: str                     # unicode | unicode2 | wingdings | zapf | drawn | acroform | x | brackets
    horizontal: bool = False
    label: str = None              # printed before the boxes (same row / line)
    size: float = None
    name: str = "klima"            # form field name prefix (acroform)
    label_bold: bool = True


@dataclass
class Table:
    rows: list                     # list of rows; a cell is str | list[Run] | list of blocks | Checks | None
    widths: list = None            # fractions
    border: str = "grid"           # grid | none | outer | hlines | header_rule | frame_rows
    header_rows: int = 0
    shade: str = None              # header fill colour
    size: float = None
    pad: float = 2.5
    valign: str = "top"
    bold_first_col: bool = False
    before: float = 2
    after: float = 6
    spans: list = field(default_factory=list)   # [(row, col0, col1)] cells spanning columns
    col_shade: str = None          # fill of column 0 (label columns)


@dataclass
class ListBlock:
    items: list                    # str | list[Run]
    style: str = "bullet"          # bullet | dash | num | alpha | num_paren
    size: float = None
    after: float = 4
    indent: float = 14


@dataclass
class Rule:
    width: float = 0.6
    color: str = "#000000"
    before: float = 2
    after: float = 6


@dataclass
class Space:
    h: float


@dataclass
class PageBreak:
    pass


@dataclass
class Logo:
    kind: str = "shield"           # shield | circle | bars | square | wave
    color: str = "#1f4e79"
    w: float = 36
    align: str = "left"
    text: str = ""


@dataclass
class Doc:
    blocks: list
    body_font: str = "dejavu_sans"
    head_font: str = None
    size: float = 10
    leading: float = 1.25          # factor
    margins: tuple = (20, 20, 20, 25)   # top, right, bottom, left in mm
    header: str = None             # running header, {page} {pages} {number} substituted
    header_first: bool = False
    footer: str = None
    footer_first: bool = True
    header_align: str = "right"
    footer_align: str = "center"
    running_size: float = 8
    rule_under_header: bool = False
    title: str = ""                # PDF metadata
    author: str = ""
    accent: str = "#000000"

    @property
    def head(self):
        return self.head_font or self.body_font
