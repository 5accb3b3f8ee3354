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

Only an SVG whose shape is the one pango writes is read this way (root: `defs` and `g`;
`g` holds `g` and `use`; a `use` holds nothing and has no attributes but the symbol's name,
x and y; no style that hides anything); anything else, or a subclass of Text, is made by
manim's code. tests/test_glyphcache.py compares Texts made both ways.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET

from manim import RIGHT, Text, VGroup, config
from manim.mobject.svg.svg_mobject import SVGMobject, VMobjectFromSVGPath

from scenes.kit.textcache import _frozen, _Unkeyable

LIMIT = 20000                 # glyphs remembered at most (a few KB each); then it starts again
_manims_generate = SVGMobject.generate_mobject
_glyphs: dict[tuple, tuple] = {}     # use key -> ((relative depth, name, mob or None), ...)
stats = {"made": 0, "copied": 0, "fallback": 0, "checked": 0}
state = {"on": True}
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


def _read(svg: SVGMobject) -> tuple[list, list]:
    """The elements svgelements makes outside the glyphs, in its order, and each use's key.

    Returns (outline, keys): outline is a list of (depth, name or None, use index or None,
    name of the symbol used or None) for the svg root, manim's two wrapping groups and every
    `g` and `use` (the `defs` are not drawn); keys[i] is the i-th use's key."""
    root = ET.parse(svg.get_file_path()).getroot()
    if _tag(root) != "svg" or any(k in root.attrib.get("style", "") for k in ("display", "visibility")):
        raise _NotPango
    outer = _outer_key(svg, root)
    symbols: dict[str, tuple] = {}
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
    outline = [(1, None, None, None), (2, None, None, None), (3, None, None, None)]
    keys: list[tuple] = []

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
        else:
            raise _NotPango

    for child in root:
        if _tag(child) != "defs":
            walk(child, 4, ())
    return outline, keys


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
        outline, keys = _read(self)
        found = [_glyphs.get(k) for k in keys]
    except (_NotPango, _Unkeyable, ET.ParseError):
        stats["fallback"] += 1
        return _manims_generate(self)
    if all(f is not None for f in found):
        stats["copied"] += 1
        glyphs = [tuple((r, n, s, _copy(m)) for r, n, s, m in f) for f in found]
        mobjects, vgroups = _groups(outline, glyphs)
        self.add(*mobjects)
        self.id_to_vgroup_dict = vgroups
        self.flip(RIGHT)     # as manim's generate_mobject ends
        return self
    return _make_and_keep(self, outline, keys)


def _make_and_keep(self: SVGMobject, outline: list, keys: list):
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
    return self


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
    state["on"] = True
