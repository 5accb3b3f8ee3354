"""A Text's glyphs made once per process: a glyph placed where it was placed before is a copy.

manim makes a `Text` from the SVG that pango writes: a `<symbol>` with one `<path>` per
glyph, then one `<use>` per character placing a symbol at (x, y). svgelements parses the
whole file (the path strings, the matrices; about half of a Text's build) and manim makes
each placed glyph into a `VMobjectFromSVGPath` with a `VGroup` for every element around it
(the other half): about 0.06 s a Text on a quiet machine. A counter made again on every
frame ("12 of 359 right", then "13 of 359 right") places the same glyphs at the same
places again and again.

`install()` makes `Text.generate_mobject` (the step from the SVG file to the glyphs, before
Text's own steps) read the SVG with ElementTree (C, fast) and key every `<use>` by all that
svgelements and manim read to make its glyph: the attributes of every element above it, its
own (the symbol's name, x and y), the whole symbol it places (path string included) and what
manim adds from outside the file (the style manim wraps around it, `path_string_config`, the
renderer, the frame's pixel size, the defaults a VMobject is made with). When every glyph's
key is known, each glyph is a copy of the one made before (scenes/kit/fastcopy.py) and the
`VGroup`s manim keeps by element name (`id_to_vgroup_dict`) are made the way manim makes them
(`_groups`, the same loop over the same element names and depths); otherwise the Text is
made by manim's own code and its glyphs are kept. Every miss also checks the groups made by
`_groups` against manim's; one difference and the cache stays off for the process.

A glyph of a new word, or at a new place, whose symbol was seen before (in any Text of the
process, at any place) is made from that symbol (`_placed`, session 16): svgelements moves a
use's points by its x and y (`X*1.0 + Y*0.0 + x`), and manim makes each curve's points from
the moved ones (a line's inner points `(a + a + b) / 3`, ...); `_program` notes once per
symbol which points manim takes or averages, so a new place is a few numpy operations on
the same doubles in the same order, and the rest of the glyph (style, attributes) is a copy
of the glyph made at the first place. Every Text manim builds checks each of its glyphs
against the one made from its symbol (points as bytes, colours, strokes); one difference
and no glyph is placed any more in the process. A closing line manim adds or not by the
distance between a subpath's ends is decided from the symbol (`_program`), left to manim
when that distance is within 1e-7 of manim's limit.

Only an SVG whose shape is the one pango writes is read this way (root: `defs` and `g`;
`g` holds `g` and `use`; a `use` holds nothing and has no attributes but the symbol's name,
x and y; no style that hides anything); anything else, or a subclass of Text, is made by
manim's code. tests/test_glyphcache.py compares Texts made both ways.
"""
from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import svgelements as se
from manim import RIGHT, Text, VGroup, config
from manim.mobject.svg.svg_mobject import SVGMobject, VMobjectFromSVGPath

from scenes.kit.textcache import _frozen, _Unkeyable

LIMIT = 20000                 # glyphs remembered at most (a few KB each); then it starts again
_manims_generate = SVGMobject.generate_mobject
_glyphs: dict[tuple, tuple] = {}     # use key -> ((relative depth, name, mob or None), ...)
_symbols: dict[tuple, tuple | None] = {}   # use key without x, y -> (glyphs, programs) or None
stats = {"made": 0, "copied": 0, "placed": 0, "fallback": 0, "checked": 0, "symbols": 0, "parts": 0}
state = {"on": True, "place": True, "part": True}
_XLINK = "{http://www.w3.org/1999/xlink}href"
_USE_ATTRIBUTES = frozenset({_XLINK, "x", "y"})
_G_ATTRIBUTES = frozenset({"id", "style"})


SYMBOL = object()     # stands for the name of the symbol a use places


class _NotPango(Exception):
    pass


def _tag(element) -> str:
    return element.tag.rpartition("}")[2]


def _items(element) -> tuple:
    return tuple(sorted(element.attrib.items()))


def _anonymous(element) -> tuple:
    """Its attributes but its name (a name changes no style: no CSS in these files)."""
    return tuple(sorted((k, v) for k, v in element.attrib.items() if k != "id"))


def _defaults() -> tuple:
    """The keyword defaults `Mobject.set_default` put on the classes a glyph is made by."""
    found = []
    for cls in VMobjectFromSVGPath.__mro__:
        init = cls.__dict__.get("__init__")
        found.append(_frozen(dict(sorted(getattr(init, "keywords", {}).items()))))
    return tuple(found)


def _anonymous_use(element) -> tuple:
    return tuple(sorted((k, v) for k, v in element.attrib.items() if k != _XLINK))


def _outer_key(svg: SVGMobject, root) -> tuple:
    return (_items(root), tuple(sorted(svg.generate_config_style_dict().items())),
            _frozen(svg.path_string_config), str(config.renderer), config.pixel_width,
            config.pixel_height, _defaults())


def _read(svg: SVGMobject) -> tuple[list, list, list]:
    """The elements svgelements makes outside the glyphs, in its order, and each use's key.

    Returns (outline, keys, places): outline is a list of (depth, name or None, use index or
    None, name of the symbol used or None) for the svg root, manim's two wrapping groups and
    every `g` and `use` (the `defs` are not drawn); keys[i] is the i-th use's key; places[i]
    its (key without its x and y, x, y, path strings) when it can be placed from its symbol
    (`_placed`), else None."""
    root = ET.parse(svg.get_file_path()).getroot()
    if _tag(root) != "svg" or any(k in root.attrib.get("style", "") for k in ("display", "visibility")):
        raise _NotPango
    outer = _outer_key(svg, root)
    symbols: dict[str, tuple] = {}
    paths: dict[str, tuple | None] = {}
    for element in root.iter():
        if _tag(element) in ("style", "script") or "class" in element.attrib:
            raise _NotPango
    for child in root:
        if _tag(child) == "defs":
            for holder in child.iter():
                if _tag(holder) == "symbol":
                    name = holder.attrib.get("id")
                    if name is None or name in symbols:
                        raise _NotPango
                    # its name only names its group (the glyph keeps it): not in the key
                    symbols[name] = (_items(child), _anonymous(holder),
                                     b"".join(ET.tostring(part) for part in holder))
                    paths[name] = _paths(holder)
    outline = [(1, None, None, None), (2, None, None, None), (3, None, None, None)]
    keys: list[tuple] = []
    places: list[tuple | None] = []

    def walk(element, depth: int, above: tuple) -> None:
        tag = _tag(element)
        if tag == "g":
            if set(element.attrib) - _G_ATTRIBUTES or "display" in element.attrib.get("style", "") \
                    or "visibility" in element.attrib.get("style", ""):
                raise _NotPango
            outline.append((depth, element.attrib.get("id"), None, None))
            inside = above + (_anonymous(element),)
            for child in element:
                walk(child, depth + 1, inside)
        elif tag == "use":
            if set(element.attrib) - _USE_ATTRIBUTES or len(element) \
                    or not element.attrib.get(_XLINK, "").startswith("#"):
                raise _NotPango
            symbol = symbols.get(element.attrib[_XLINK][1:])
            if symbol is None:
                raise _NotPango
            outline.append((depth, None, len(keys), element.attrib[_XLINK][1:]))
            keys.append((outer, above, _anonymous_use(element), symbol))
            places.append(_place_of(element, (outer, above, symbol), paths[element.attrib[_XLINK][1:]]))
        else:
            raise _NotPango

    for child in root:
        if _tag(child) != "defs":
            walk(child, 4, ())
    return outline, keys, places


_PATH_ATTRIBUTES = frozenset({"style", "d"})
_SYMBOL_ATTRIBUTES = frozenset({"overflow", "id"})


def _paths(symbol) -> tuple | None:
    """The path strings of a symbol holding paths only (pango's), else None (not placed)."""
    if set(symbol.attrib) - _SYMBOL_ATTRIBUTES:
        return None
    found = []
    for part in symbol:
        if _tag(part) != "path" or len(part) or set(part.attrib) - _PATH_ATTRIBUTES:
            return None
        found.append(part.attrib.get("d", ""))
    return tuple(found)


def _place_of(use, key: tuple, paths: tuple | None) -> tuple | None:
    """(key without x and y, x, y as svgelements reads them, path strings), or None when the
    use is not a plain move of its symbol (no x or y, both 0, or far out)."""
    if paths is None or "x" not in use.attrib or "y" not in use.attrib:
        return None
    x, y = se.Length(use.attrib["x"]).value(), se.Length(use.attrib["y"]).value()
    if type(x) is not float or type(y) is not float or (x == 0 and y == 0) or not (abs(x) < 1e5 and abs(y) < 1e5):
        return None
    return key, x, y, paths


# The closing line manim adds when a subpath ends more than this far from its start
_CLOSE = 0.0001


def _program(d: str):
    """How manim's `VMobjectFromSVGPath.handle_commands` makes a path's points, as indices into
    the path's own (unplaced) points: (points, rows taken as they are (row, point),
    rows (a + b + c) / 3 (row, a, b, c), number of rows); None for what it cannot say."""
    path = se.Path(d)
    local: list = []
    direct: list = []
    mixed: list = []
    rows = 0
    pen = true_move = None

    def point(p) -> int:
        local.append((float(p[0]), float(p[1])))
        return len(local) - 1

    def curve(start, a, b, end) -> None:
        # a, b: a point index, or a triple of indices (their sum over 3)
        nonlocal rows
        for place, what in enumerate((start, a, b, end)):
            if isinstance(what, tuple):
                mixed.append((rows + place, *what))
            else:
                direct.append((rows + place, what))
        rows += 4

    for segment in path:
        kind = type(segment)
        if kind is se.Move:
            pen = true_move = point(segment.end)
            continue
        if pen is None:
            return None
        if kind is se.Line:
            end = point(segment.end)
            curve(pen, (pen, pen, end), (pen, end, end), end)
        elif kind is se.QuadraticBezier:
            control, end = point(segment.control), point(segment.end)
            curve(pen, (pen, control, control), (control, control, end), end)
        elif kind is se.CubicBezier:
            end = point(segment.control1), point(segment.control2), point(segment.end)
            curve(pen, *end)
            end = end[2]
        elif kind is se.Close:
            # placed, the two points differ by what they differ here, up to rounding
            # (< 1e-9 for points under 1e5): decided here unless that close to the limit
            gap = float(np.hypot(local[pen][0] - local[true_move][0], local[pen][1] - local[true_move][1]))
            if local[pen] == local[true_move] or gap < _CLOSE - 1e-7:
                continue
            if gap < _CLOSE + 1e-7:
                return None
            end = true_move
            curve(pen, (pen, pen, end), (pen, end, end), end)
        else:
            return None
        pen = end
    as_array = (lambda rows_, width: np.array(rows_, dtype=np.intp).reshape(-1, width).T)
    return (np.array(local, dtype=np.float64).reshape(-1, 2), as_array(direct, 2), as_array(mixed, 4), rows)


_IDENTITY = se.Matrix()


def _placed_points(program, x: float, y: float) -> np.ndarray:
    """The points manim makes for the program's path moved by (x, y), before handle_transform."""
    local, (d_row, d_at), (m_row, a, b, c), rows = program
    placed = np.zeros((len(local), 3))
    # svgelements moves each point by its matrix (1, 0, 0, 1, x, y): x*a + y*c + 1*e
    placed[:, 0] = local[:, 0] * 1.0 + local[:, 1] * 0.0 + x
    placed[:, 1] = local[:, 0] * 0.0 + local[:, 1] * 1.0 + y
    points = np.empty((rows, 3))
    points[d_row] = placed[d_at]
    points[m_row] = (placed[a] + placed[b] + placed[c]) / 3
    return points


def _learn(entries: tuple, paths: tuple) -> tuple | None:
    """(the use's glyphs as made at one place, a program per shape) or None."""
    shapes = [j for j, (r, n, shape, m) in enumerate(entries) if shape]
    if len(shapes) != len(paths):
        return None
    programs: list = [None] * len(entries)
    for j, d in zip(shapes, paths):
        if entries[j][3] is None:
            continue
        try:
            programs[j] = _program(d)
        except Exception:
            return None
        if programs[j] is None or not programs[j][3]:
            return None
    return entries, tuple(programs)


def _placed(place: tuple | None) -> tuple | None:
    """A use's glyphs made from its symbol's, moved to the use's place; None when unknown."""
    if place is None:
        return None
    key, x, y, paths = place
    known = _symbols.get(key)
    if known is None:
        return None
    entries, programs = known
    made = []
    for (r, n, s, m), program in zip(entries, programs):
        if m is not None:
            m = _copy(m)
            m.points = _placed_points(program, x, y)
            SVGMobject.handle_transform(m, _IDENTITY)
        made.append((r, n, s, m))
    return tuple(made)


def _drawn(mob) -> tuple:
    """What a glyph is drawn from (the rest of a placed glyph is its symbol's copy)."""
    if mob is None:
        return None
    return (mob.points.tobytes(), mob.points.shape, mob.fill_rgbas.tobytes(), mob.stroke_rgbas.tobytes(),
            mob.background_stroke_rgbas.tobytes(), mob.stroke_width, mob.background_stroke_width)


def _layout(outline: list, glyphs: list) -> tuple[list, dict]:
    """manim's `get_mobjects_from` loop over the same elements, by place: (the glyphs it adds,
    as (use, element) places; each group's name with the places of its members)."""
    result: list = []
    vgroup_stack = ["root"]
    vgroups: dict[str, list] = {"root": []}
    numbered = 0
    for depth, name, use, symbol in outline:
        inside = glyphs[use] if use is not None else ()
        for j, (relative, inner_name, shape, mob) in enumerate(((0, name, False, None), *inside)):
            if j:
                name = symbol if inner_name is SYMBOL else inner_name
            vgroup_stack = vgroup_stack[0:depth + relative]
            if name is None:
                name = f"numbered_group_{numbered}"
                numbered += 1
            vgroup_stack.append(name)
            vgroups[name] = []
            if shape and mob is not None:
                result.append((use, j - 1))
                for parent_name in vgroup_stack[:-1]:
                    vgroups[parent_name].append(len(result) - 1)
    return result, vgroups


_EMPTY: list = []


def _vgroup(members: list) -> VGroup:
    """VGroup(*members): a copy of an empty VGroup (made once) holding them."""
    if not _EMPTY:
        _EMPTY.append(VGroup())
    group = _copy(_EMPTY[0])
    if members:
        group.add(*members)
    return group


def _groups(outline: list, glyphs: list) -> tuple[list, dict]:
    """(mobjects, id_to_vgroup_dict) as manim's `get_mobjects_from` makes them."""
    places, layout = _layout(outline, glyphs)
    mobjects = [glyphs[use][j][3] for use, j in places]
    return mobjects, {name: _vgroup([mobjects[i] for i in members]) for name, members in layout.items()}


def _copy(mob):
    if mob is None:
        return None
    made = mob.copy()
    made.__dict__.pop("original_id", None)
    return made


def _harvest(svg_tree, made: dict, symbols: list) -> list:
    """Per use, in order: its elements as (relative depth, name, is a shape, mob or None);
    the symbol's name, which differs from file to file, as SYMBOL."""
    import svgelements as se
    uses: list = []
    stack = [(svg_tree, 1)]
    current = None          # (depth of the use, its list)
    while stack:
        element, depth = stack.pop()
        if current is not None and depth <= current[0]:
            current = None
        if isinstance(element, se.Use):
            if current is not None:
                raise _NotPango
            current = (depth, [])
            uses.append(current[1])
        elif current is not None:
            if isinstance(element, se.Group):
                raise _NotPango
            try:
                name = str(element.values["id"])
            except Exception:
                name = None
            if name is not None:
                if len(uses) > len(symbols) or name != symbols[len(uses) - 1]:
                    raise _NotPango
                name = SYMBOL
            shape = id(element) in made
            current[1].append((depth - current[0], name, shape, made.get(id(element))))
        if isinstance(element, (se.Group, se.Use)):
            stack.extend((sub, depth + 1) for sub in element[::-1])
    return uses


def generate_mobject(self: SVGMobject):
    """SVGMobject.generate_mobject for a Text, its glyphs copied when all were made before."""
    if type(self) is not Text or not state["on"]:
        return _manims_generate(self)
    try:
        outline, keys, places = _read(self)
        found = [_glyphs.get(k) for k in keys]
    except (_NotPango, _Unkeyable, ET.ParseError):
        stats["fallback"] += 1
        return _manims_generate(self)
    if state["part"] and state["place"]:
        missing = [i for i, (f, place) in enumerate(zip(found, places))
                   if f is None and (place is None or _symbols.get(place[0]) is None)]   # _placed would say None
        if missing and len(missing) < len(keys) and _make_part(self, keys, missing):
            found = [_glyphs.get(k) for k in keys]
    glyphs: list = []
    for f, place in zip(found, places):
        if f is not None:
            glyphs.append(tuple((r, n, s, _copy(m)) for r, n, s, m in f))
        elif not state["place"] or (f := _placed(place)) is None:
            return _make_and_keep(self, outline, keys, places)
        else:
            glyphs.append(f)
    stats["copied" if all(f is not None for f in found) else "placed"] += 1
    mobjects, vgroups = _groups(outline, glyphs)
    self.add(*mobjects)
    self.id_to_vgroup_dict = vgroups
    self.flip(RIGHT)     # as manim's generate_mobject ends
    return self


def _make_part(self: SVGMobject, keys: list, missing: list) -> bool:
    """Have manim build only the uses `missing` (indices into `keys`): the Text's SVG with every
    other use and every symbol they alone place taken out, built by `_make_and_keep` (its
    glyphs kept, its groups checked, its places learnt) and then dropped from the Text.
    svgelements parses the whole file and manim makes every glyph, so a long Text with one new
    glyph cost its whole build (training: 65 of 103 such builds for one glyph). A glyph's key
    is all that its points, style and groups are made from, so the glyph made in the smaller
    file is the one the whole file gives (tests/test_glyphcache.py compares them); True when
    the smaller file's uses have the keys of the missing ones and were kept."""
    path = Path(self.get_file_path())
    tree = ET.parse(path)
    root = tree.getroot()
    keep = set(missing)
    counter = [0]
    used: set[str] = set()

    def prune(element) -> None:
        for child in list(element):
            tag = _tag(child)
            if tag == "g":
                prune(child)
            elif tag == "use":
                if counter[0] in keep:
                    used.add(child.attrib.get(_XLINK, "")[1:])
                else:
                    element.remove(child)
                counter[0] += 1

    for child in root:
        if _tag(child) != "defs":
            prune(child)
    if counter[0] != len(keys):
        return False
    for child in root:
        if _tag(child) == "defs":
            for holder in list(child.iter()):
                for symbol in list(holder):
                    if _tag(symbol) == "symbol" and symbol.attrib.get("id") not in used:
                        holder.remove(symbol)
    part = path.with_name(f"{path.stem}_part{os.getpid()}{path.suffix}")
    tree.write(part)
    # manim's build adds the glyphs to the Text and flips it (its sheen direction too):
    # everything the Text held before is put back as it was
    before = {k: (v.copy() if isinstance(v, (np.ndarray, list, dict)) else v) for k, v in self.__dict__.items()}
    self.file_name = part
    try:
        outline, part_keys, part_places = _read(self)
        if part_keys != [keys[i] for i in missing]:
            return False
        _make_and_keep(self, outline, part_keys, part_places)
        stats["parts"] += 1
        return True
    except (_NotPango, _Unkeyable, ET.ParseError):
        return False
    finally:
        self.__dict__.clear()
        self.__dict__.update(before)
        part.unlink(missing_ok=True)


def _make_and_keep(self: SVGMobject, outline: list, keys: list, places: list):
    """manim's own build, its glyphs kept by their keys (and `_groups` checked against it)."""
    made: dict = {}
    trees: list = []
    shape_to_mob = SVGMobject.get_mob_from_shape_element
    mobjects_from = SVGMobject.get_mobjects_from

    def spy_shape(svg, shape):
        mob = shape_to_mob(svg, shape)
        made[id(shape)] = _copy(mob)
        return mob

    def spy_tree(svg, tree):
        trees.append(tree)
        return mobjects_from(svg, tree)

    self.get_mob_from_shape_element = spy_shape.__get__(self)
    self.get_mobjects_from = spy_tree.__get__(self)
    try:
        _manims_generate(self)
    finally:
        del self.get_mob_from_shape_element, self.get_mobjects_from
    stats["made"] += 1
    try:
        uses = _harvest(trees[0], made, [o[3] for o in outline if o[2] is not None])
    except _NotPango:
        return self
    if len(uses) != len(keys):
        return self
    glyphs = [tuple(u) for u in uses]
    if not _same_groups(self, outline, glyphs, made):
        state["on"] = False
        return self
    if len(_glyphs) + len(keys) > LIMIT:
        _glyphs.clear()
    for k, g in zip(keys, glyphs):
        _glyphs[k] = g
    if state["place"]:
        _learn_places(glyphs, places)
    return self


def _learn_places(glyphs: list, places: list) -> None:
    """Keep the symbols of this Text's uses not seen before, and check that every glyph made
    from a symbol kept (now or before) is the one manim made here; one difference and no
    glyph is placed from its symbol any more in this process."""
    if len(_symbols) + len(places) > LIMIT:
        _symbols.clear()
    for g, place in zip(glyphs, places):
        if place is not None and place[0] not in _symbols:
            _symbols[place[0]] = _learn(g, place[3])
            stats["symbols"] += 1
    for g, place in zip(glyphs, places):
        ours = _placed(place)
        if ours is not None and [_drawn(m) for *_, m in ours] != [_drawn(m) for *_, m in g]:
            state["place"] = False
            return


def _same_groups(self: SVGMobject, outline: list, glyphs: list, made: dict) -> bool:
    """Does `_layout` over the kept glyphs give manim's names, order and members?"""
    stats["checked"] += 1
    places, ours = _layout(outline, glyphs)
    theirs = self.id_to_vgroup_dict
    if list(ours) != list(theirs) or len(places) != len(self.submobjects):
        return False
    # the i-th shape made is the i-th mobject
    real = {id(m): i for i, m in enumerate(self.submobjects)}
    return all(ours[name] == [real.get(id(m)) for m in group.submobjects] for name, group in theirs.items())


def install() -> None:
    """Make Texts' glyphs through the cache from now on (in this process)."""
    Text.generate_mobject = generate_mobject


def uninstall(keep: bool = False) -> None:
    """manim's own generate_mobject again (tests compare the two); `keep`: the glyphs too."""
    if "generate_mobject" in Text.__dict__:
        del Text.generate_mobject
    if not keep:
        forget()


def forget() -> None:
    _glyphs.clear()
    _symbols.clear()
    state["on"] = state["place"] = state["part"] = True
