"""manim's cairo drawing of a frame, the same cairo calls made with less Python around them.

For every frame the cairo camera walks the family of every mobject it draws, asks for each
member which kind of mobject it is (`Camera.type_or_raise` builds a dict of four bound
methods and imports a module on every call), groups them by background image, and for each
VMobject goes through `display_vectorized`, `apply_stroke` twice, `apply_fill`,
`set_cairo_context_color` and the VMobject's getters, unpacking numpy scalars one by one:
about 15 s of the init chapter's 51 s of CPU (docs/performance.md, session 10).

`install()` replaces `Camera.capture_mobjects` and `Camera.display_vectorized` with versions
that hand cairo the very same calls in the same order with the same doubles (colours as
Python floats of the same float64 values), except two that cannot change a pixel:

- a fill or stroke whose one colour has alpha 0 is not painted: cairo paints nothing for a
  clear source under the OVER operator (its `nothing_to_do`), and every later paint sets
  its own colour, width, join and cap before it strokes or fills;
- a VMobject none of whose fill and strokes would be painted (all clear, e.g. the hidden
  readings of a ticker: 147,095 of the training chapter's 395,128 drawn VMobjects) gets no
  path either: every VMobject drawn after it starts its own (`ctx.new_path`), since only
  members with points are drawn, and nothing else reads the path (session 19);
- the kind of a mobject is looked up by its class once.

Anything unusual (a camera or VMobject class that overrides a method used here, a gradient,
a background image, z-ordering kwargs) is drawn by manim's own code.
"""
from __future__ import annotations

from manim import Mobject, VMobject
from manim.camera.camera import CAP_STYLE_MAP, LINE_JOIN_MAP, Camera
from manim.mobject.types.image_mobject import AbstractImageMobject
from manim.mobject.types.point_cloud_mobject import PMobject

_manims_capture = Camera.capture_mobjects
_manims_display = Camera.display_vectorized
_KINDS = (VMobject, PMobject, AbstractImageMobject, Mobject)   # Camera.type_or_raise's order
_kind_of: dict[type, type] = {}
# the Mobject, VMobject and Camera methods whose manim versions the fast path reproduces
_FAMILY_METHODS = ("get_num_points", "get_family", "_iter_family", "family_members_with_points")
_VM_METHODS = ("get_fill_rgbas", "get_stroke_rgbas", "get_stroke_width", "get_background_image")
_CAMERA_METHODS = ("get_mobjects_to_display", "type_or_raise", "display_multiple_vectorized_mobjects",
                   "display_multiple_non_background_colored_vmobjects", "apply_fill", "apply_stroke",
                   "set_cairo_context_color", "get_stroke_rgbas", "get_fill_rgbas", "get_cairo_context",
                   "display_vectorized", "transform_points_pre_display")
_plain_vm: dict[type, bool] = {}
_plain_family: dict[type, bool] = {}
_plain_camera: dict[type, bool] = {}
_originals: dict[str, object] = {}


def _plain(cls: type, names: tuple[str, ...], base: type, memo: dict) -> bool:
    """True when `cls` uses manim's own (or our installed) version of every method in `names`."""
    found = memo.get(cls)
    if found is None:
        found = memo[cls] = all(getattr(cls, n) is _originals.get(n, getattr(base, n)) for n in names)
    return found


def kind(mobject: Mobject) -> type:
    """Camera.type_or_raise, looked up by class."""
    cls = type(mobject)
    found = _kind_of.get(cls)
    if found is None:
        found = next((k for k in _KINDS if issubclass(cls, k)), None)
        if found is None:
            raise TypeError(f"Displaying an object of class {cls} is not supported")
        _kind_of[cls] = found
    return found


def family_with_points(mobjects) -> list[Mobject] | None:
    """extract_mobject_family_members(mobjects, only_those_with_points=True) without z-order:
    every family member with points, in manim's order (each kept where it last appears; a
    per-family then a global dedup keeps the same ones as one global dedup). None when some
    class walks or counts its family its own way.

    Run for every frame. The renderer hands the camera every member of the moving families,
    parents and children alike, and manim walks each one's family again: recap walked about
    2,500 members a frame to keep 125 (session 20). Here the list is walked backwards, so the
    first time a member is met is where it last appears, and a member met before is skipped with
    its whole family, which was met with it (see `_backwards`); each class checked once."""
    kept: list[Mobject] = []
    used: set[int] = set()
    try:
        for m in reversed(mobjects):
            if id(m) not in used:
                _backwards(m, kept, used, set())
    except _Cycle:
        kept = _forwards(mobjects)
    else:
        kept.reverse()
    for cls in set(map(type, kept)):
        if not _plain(cls, _FAMILY_METHODS, Mobject, _plain_family):
            return None
    return [m for m in kept if len(m.points) > 0]


class _Cycle(Exception):
    """A mobject inside its own family: manim cuts the walk there, which `_backwards` does not
    reproduce, so such a frame is walked forwards as manim walks it."""


def _backwards(m: Mobject, kept: list, used: set, path: set) -> None:
    """Mobject._iter_family(m) read backwards (each submobject's family, last first, then m),
    appending to `kept` what is not in `used`. A member in `used` was appended with all of its
    family before (its family came just before it, and without a cycle a family is the same
    wherever it is met), so it is skipped with its family. A leaf is appended without a call."""
    subs = m.submobjects
    if subs:
        key = id(m)
        path.add(key)
        for s in reversed(subs):
            k = id(s)
            if k in used:
                continue
            if k in path:
                raise _Cycle
            if s.submobjects:
                _backwards(s, kept, used, path)
            else:
                used.add(k)
                kept.append(s)
        path.discard(key)
    used.add(id(m))
    kept.append(m)


def _forwards(mobjects) -> list[Mobject]:
    """Every family walked as manim walks it (cycles cut where they close), each member kept
    where it last appears."""
    seen: list[Mobject] = []
    for m in mobjects:
        _walk(m, seen, set())
    if len(set(map(id, seen))) != len(seen):
        kept: list[Mobject] = []
        used: set[int] = set()
        for m in reversed(seen):
            if id(m) not in used:
                used.add(id(m))
                kept.append(m)
        kept.reverse()
        seen = kept
    return seen


def _walk(m: Mobject, into: list, path: set) -> None:
    """Mobject._iter_family: m, then each submobject's family, a cycle cut where it closes.
    A leaf (most members: a Text's glyphs) is appended without a call: it is never on the
    path, which holds only mobjects with submobjects."""
    into.append(m)
    subs = m.submobjects
    if subs:
        key = id(m)
        path.add(key)
        for s in subs:
            if not s.submobjects:
                into.append(s)
            elif id(s) not in path:
                _walk(s, into, path)
        path.discard(key)


def capture_mobjects(self: Camera, mobjects, **kwargs) -> None:
    """Camera.capture_mobjects: the same mobjects drawn in the same order by the same calls."""
    if (kwargs.get("excluded_mobjects") or kwargs.get("include_submobjects", True) is not True
            or not _plain(type(self), _CAMERA_METHODS, Camera, _plain_camera)):
        return _manims_capture(self, mobjects, **kwargs)
    mobjects = list(mobjects)
    members = family_with_points(mobjects)
    if members is None:
        return _manims_capture(self, mobjects, **kwargs)
    if self.use_z_index:
        members.sort(key=lambda m: m.z_index)
    if not hasattr(self, "display_funcs"):
        self.type_or_raise(members[0] if members else Mobject())   # manim sets display_funcs there
    funcs = self.display_funcs
    pixels = self.pixel_array
    run: list[Mobject] = []
    run_kind = None
    for m in members:
        k = kind(m)
        if k is not run_kind and run:
            _draw(self, run_kind, run, funcs, pixels)
            run = []
        run_kind = k
        run.append(m)
    if run:
        _draw(self, run_kind, run, funcs, pixels)


def _draw(self: Camera, k: type, run: list, funcs: dict, pixels) -> None:
    if k is not VMobject or any(m.background_image for m in run):
        funcs[k](run, pixels)
        return
    ctx = self.get_cairo_context(pixels)
    for m in run:
        display_vectorized(self, m, ctx)


def _has_colours(m: VMobject) -> bool:
    """manim reads a missing colour array as one clear colour; such a VMobject is left to it."""
    return hasattr(m, "fill_rgbas") and hasattr(m, "stroke_rgbas") and hasattr(m, "background_stroke_rgbas")


def _clear(m: VMobject) -> bool:
    """Would nothing of it be painted? One clear fill colour, and each stroke 0 wide or of one
    clear colour: the tests `display_vectorized` makes before each paint, made first."""
    rgbas = m.fill_rgbas
    if len(rgbas) != 1 or not rgbas[0, 3] <= 0.0:
        return False
    background = m.background_stroke_width
    if max(0.0, background) != 0:
        rgbas = m.background_stroke_rgbas
        if len(rgbas) != 1 or not rgbas[0, 3] <= 0.0:
            return False
    width = m.stroke_width
    if isinstance(width, str):
        width = int(width)
    if max(0.0, width) != 0:
        rgbas = m.stroke_rgbas
        if len(rgbas) != 1 or not rgbas[0, 3] <= 0.0:
            return False
    return True


def display_vectorized(self: Camera, vmobject: VMobject, ctx) -> Camera:
    """Camera.display_vectorized: path, background stroke, fill, stroke."""
    if not _plain(type(vmobject), _VM_METHODS, VMobject, _plain_vm) or not _has_colours(vmobject):
        return _manims_display(self, vmobject, ctx)
    if _clear(vmobject):
        return self
    self.set_cairo_context_path(ctx, vmobject)
    background = vmobject.background_stroke_width
    if max(0.0, background) != 0:
        _stroke(self, ctx, vmobject, vmobject.background_stroke_rgbas, background)
    rgbas = vmobject.fill_rgbas
    if len(rgbas) == 1:
        r, g, b, a = rgbas[0].tolist()
        if not a <= 0.0:
            ctx.set_source_rgba(b, g, r, a)
            ctx.fill_preserve()
    else:
        self.set_cairo_context_color(ctx, rgbas, vmobject)
        ctx.fill_preserve()
    width = vmobject.stroke_width
    if isinstance(width, str):
        width = int(width)
    width = max(0.0, width)
    if width != 0:
        _stroke(self, ctx, vmobject, vmobject.stroke_rgbas, width)
    return self


def _stroke(self: Camera, ctx, vmobject: VMobject, rgbas, width) -> None:
    """Camera.apply_stroke for a width that is not 0."""
    if len(rgbas) == 1:
        r, g, b, a = rgbas[0].tolist()
        if a <= 0.0:
            return
        ctx.set_source_rgba(b, g, r, a)
    else:
        self.set_cairo_context_color(ctx, rgbas, vmobject)
    ctx.set_line_width(width * self.cairo_line_width_multiple * (self.frame_width / self.frame_width))
    ctx.set_line_join(LINE_JOIN_MAP[vmobject.joint_type])
    ctx.set_line_cap(CAP_STYLE_MAP[vmobject.cap_style])
    ctx.stroke_preserve()


def install() -> None:
    """Draw frames with `capture_mobjects` and `display_vectorized` from now on (in this process)."""
    _originals["display_vectorized"] = display_vectorized
    _forget()
    Camera.capture_mobjects = capture_mobjects
    Camera.display_vectorized = display_vectorized


def uninstall() -> None:
    """manim's own drawing again (tests compare the two)."""
    Camera.capture_mobjects = _manims_capture
    Camera.display_vectorized = _manims_display
    _originals.clear()
    _forget()


def _forget() -> None:
    for memo in (_plain_camera, _plain_vm, _plain_family, _kind_of):
        memo.clear()
