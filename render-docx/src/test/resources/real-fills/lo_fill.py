#!/usr/bin/python3
"""Fill a DOCX form in LibreOffice the way a person does, driven through UNO.

Run with Debian's /usr/bin/python3 (python3-uno). Starts its own headless soffice
(own pipe name, own throw-away profile), opens a copy of the form in a (headless) window,
and for every action of a JSON "fill plan":

  * finds the paragraph of the question by its printed label and text (a path of
    paragraph texts searched forward, e.g. ["3. About you", "1. Please provide:",
    "a) Contact name"]), by a bookmark name, or by the n-th control of the document;
  * finds the control that belongs to it (an input field, a content control, a legacy
    form field, or failing those the empty answer paragraph);
  * clicks it with a real mouse click (posted to the document window through the
    toolkit robot) and types the answer with real key events (UITest "TYPE": the
    keystrokes go through Writer's key handling, AutoCorrect and word completion
    included, as for a person), or one of the other ways a person might do it;
  * ticks check boxes with a click;

then saves as DOCX ("MS Word 2007 XML") and/or ODT ("writer8") and writes a log of what
each action found and what the paragraph held afterwards.

Usage:
  lo_fill.py fill FORM.docx PLAN.json [--docx OUT.docx] [--odt OUT.odt] [--log LOG.json]
             [--typing keys|insert] [--how click|select|dialog|delete] [--tick click|uno]
  lo_fill.py inspect FILE.docx|FILE.odt       # what UNO exposes: paragraphs, portions, controls
  lo_fill.py convert IN OUT.docx|OUT.odt      # open and save again, nothing typed

Plan format (JSON):
  {"defaults": {"how": "click", "typing": "keys", "tick": "click"},
   "actions": [
     {"find": ["Part heading", "1. Please provide:", "a) Contact name"], "action": "type",
      "value": "Ŵyn Łukasiewicz"},
     {"find": [..., "4. Do you specialise ...", "a. BME children"], "action": "tick"},
     {"find": [..., "j. Other (please explain):"], "action": "specify", "value": "..."},
     {"bookmark": "_EK7", "action": "type", "value": "12", "how": "delete"},
     {"control": 12, "action": "type", "value": "..."}
   ]}
  Every action may also carry "how", "typing", "tick" and free keys ("answer", "option",
  "note") that are copied to the log.

  action  type     click into the question's placeholder and type value (lines split
                   on "\\n"; each new line is a press of Enter)
          specify  the same for the text control in the option paragraph found (the
                   "other: please specify" text after its tick box)
          tick     tick the check box of the paragraph found (option, tick-box question,
                   declaration); "value": false unticks
  how     click    (default) one mouse click on the placeholder, then type: LibreOffice
                   selects the input field's content on a click; typing replaces it
          select   select the whole control as a range (keyboard selection across it,
                   as UNO setString does) and type: replaces the field itself
          dialog   set the input field's content (what Edit > Fields / the Input Field
                   dialog does)
          delete   select the control, press Delete, type the answer where it was
          after    click just after the control and type there (placeholder left)
          click-delete  a click, Delete (clears the selected placeholder), then type
  typing  keys     (default) real key events: AutoCorrect and word completion apply
          insert   .uno:InsertText / .uno:InsertPara: the exact text, no AutoCorrect
  tick    click    (default) a mouse click on the box
          uno      set the control's Checked and its displayed glyph through UNO
"""
import argparse
import atexit
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unicodedata

import uno
from com.sun.star.awt import MouseEvent, Point
from com.sun.star.beans import PropertyValue

DOCX_FILTER = "MS Word 2007 XML"
ODT_FILTER = "writer8"
GLYPHS = "\u2610\u2611\u2612\u25cb\u25c9"  # boxes, and the circles of a single choice


def pv(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


# ---------------------------------------------------------------- the office process

class Office:
    """Its own soffice: unique pipe, throw-away profile, killed at the end."""

    def __init__(self, start_timeout=180.0, verbose=False):
        self.verbose = verbose
        self.pipe = "ekfill_%d_%d" % (os.getpid(), int(time.time() * 1000) % 1000000)
        self.profile = tempfile.mkdtemp(prefix="ek-lo-profile-")
        self.work = tempfile.mkdtemp(prefix="ek-lo-work-")
        self.errlog = open(os.path.join(self.work, "soffice.log"), "wb")
        cmd = ["soffice", "--headless", "--invisible", "--nologo", "--norestore", "--nodefault",
               "--nofirststartwizard", "-env:UserInstallation=" + uno.systemPathToFileUrl(self.profile),
               "--accept=pipe,name=%s;urp;" % self.pipe]
        env = dict(os.environ)
        env.setdefault("SAL_USE_VCLPLUGIN", "svp")
        self.proc = subprocess.Popen(cmd, stdout=self.errlog, stderr=subprocess.STDOUT,
                                     start_new_session=True, env=env)
        atexit.register(self.close)
        # a SIGTERM (e.g. from `timeout`) ends this script through SystemExit, so the office goes too
        try:
            signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
        except ValueError:
            pass  # not the main thread
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        url = "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe
        deadline = time.time() + start_timeout
        last = None
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError("soffice exited with %s before accepting connections; see %s"
                                   % (self.proc.returncode, self.errlog.name))
            try:
                self.ctx = resolver.resolve(url)
                break
            except Exception as e:  # NoConnectException while it starts
                last = e
            if time.time() > deadline:
                raise RuntimeError("soffice did not accept a connection within %.0f s: %s" % (start_timeout, last))
            time.sleep(0.25)
        self.smgr = self.ctx.ServiceManager
        # The desktop may not be ready at once on a slow start.
        for _ in range(200):
            try:
                self.desktop = self.smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)
                if self.desktop is not None:
                    break
            except Exception:
                pass
            time.sleep(0.25)
        self.toolkit = self.smgr.createInstanceWithContext("com.sun.star.awt.Toolkit", self.ctx)
        self.dispatcher = self.smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", self.ctx)
        self.uitest = self.smgr.createInstanceWithContext("org.libreoffice.uitest.UITest", self.ctx)
        self.closed = False

    def idle(self):
        try:
            self.toolkit.processEventsToIdle()
        except Exception:
            time.sleep(0.05)

    def open(self, path, visible=True):
        """Opens a private copy (the original is never locked or changed)."""
        copy = os.path.join(self.work, "in-%d-%s" % (len(os.listdir(self.work)), os.path.basename(path)))
        shutil.copyfile(path, copy)
        url = uno.systemPathToFileUrl(os.path.abspath(copy))
        last = None
        for attempt in range(5):
            try:
                doc = self.desktop.loadComponentFromURL(url, "_blank", 0, (pv("Hidden", not visible),))
                if doc is not None:
                    return doc
            except Exception as e:
                last = e
            time.sleep(1 + attempt)
        raise RuntimeError("LibreOffice could not open %s (%s)" % (path, last))

    def save(self, doc, path, filter_name):
        path = os.path.abspath(path)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        doc.storeToURL(uno.systemPathToFileUrl(path), (pv("FilterName", filter_name), pv("Overwrite", True)))

    def close(self):
        if getattr(self, "closed", True) and not hasattr(self, "proc"):
            return
        if getattr(self, "_done", False):
            return
        self._done = True
        try:
            self.desktop.terminate()
        except Exception:
            pass
        try:
            self.proc.wait(timeout=20)
        except Exception:
            # Our own process group (start_new_session): the soffice we started and its children.
            for sig in (signal.SIGTERM, signal.SIGKILL):
                try:
                    os.killpg(self.proc.pid, sig)
                except ProcessLookupError:
                    break
                try:
                    self.proc.wait(timeout=10)
                    break
                except Exception:
                    continue
        try:
            self.errlog.close()
        except Exception:
            pass
        shutil.rmtree(self.profile, ignore_errors=True)
        shutil.rmtree(self.work, ignore_errors=True)


# ---------------------------------------------------------------- the document as blocks

def norm(s):
    """Printed text, compared loosely: no tick-box glyphs, one space for any run of white space."""
    s = unicodedata.normalize("NFC", s or "")
    s = re.sub("\u27e6[^\u27e7]*\u27e7", "", s)  # hidden markers (experimental forms): a person does not see them
    s = "".join(" " if (c.isspace() or c in "\u00a0\u200b\ufeff") else c for c in s if c not in GLYPHS)
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(s.split())


class Control:
    """One thing a person fills in: an input field, a content control, a legacy form field."""

    def __init__(self, kind, portion, block, obj=None, name=None):
        self.kind = kind          # input | checkbox | content | dropdown | formtext | formcheckbox | paragraph
        self.portion = portion
        self.block = block
        self.obj = obj            # the field / content control / fieldmark
        self.name = name          # fieldmark name, if any
        self.index = -1

    def describe(self):
        d = {"kind": self.kind, "block": self.block.index}
        if self.name:
            d["name"] = self.name
        try:
            d["text"] = self.text()
        except Exception:
            pass
        return d

    def anchor(self):
        if self.kind == "input":
            return self.obj.getAnchor()
        if self.kind in ("checkbox", "content", "dropdown"):
            return self.obj.getAnchor()
        if self.kind in ("formtext", "formcheckbox"):
            return self.obj.getAnchor()
        return self.portion

    def text(self):
        if self.kind == "input":
            return self.obj.Content
        if self.kind in ("checkbox", "content", "dropdown"):
            return self.obj.getString() if hasattr(self.obj, "getString") else self.anchor().getString()
        return self.anchor().getString()

    def checked(self):
        if self.kind == "checkbox":
            return bool(self.obj.Checked)
        if self.kind == "formcheckbox":
            try:
                return bool(self.obj.getPropertyValue("Checked"))
            except Exception:
                pass
            try:
                params = self.obj.getParameters()
                return bool(params.getByName("Checkbox_State"))
            except Exception:
                return None
        return None


class Block:
    def __init__(self, index, par, cell=None):
        self.index = index
        self.par = par
        self.cell = cell
        self.text = ""
        self.norm = ""
        self.style = ""
        self.controls = []
        self.bookmarks = []
        self.portions = []


def iter_paragraphs(text, cell=None):
    e = text.createEnumeration()
    while e.hasMoreElements():
        p = e.nextElement()
        if p.supportsService("com.sun.star.text.TextTable"):
            for name in p.getCellNames():
                yield from iter_paragraphs(p.getCellByName(name), cell=(p.Name, name))
        else:
            yield p, cell


def read_block(b):
    """(Re)reads one paragraph's portions: its controls, bookmarks and text."""
    par = b.par
    b.text = par.getString()
    b.norm = norm(b.text)
    try:
        b.style = par.ParaStyleName
    except Exception:
        b.style = ""
    b.controls, b.bookmarks, b.portions = [], [], []
    pe = par.createEnumeration()
    while pe.hasMoreElements():
        por = pe.nextElement()
        t = por.TextPortionType
        info = [t]
        if t == "TextField":
            f = por.TextField
            if f.supportsService("com.sun.star.text.TextField.Input"):
                b.controls.append(Control("input", por, b, f))
            info.append(f.getSupportedServiceNames()[0].split(".")[-1])
            info.append(por.getString())
        elif t == "ContentControl":
            cc = por.ContentControl
            kind = "checkbox" if cc.Checkbox else ("dropdown" if len(cc.ListItems or ()) else "content")
            b.controls.append(Control(kind, por, b, cc))
            info.append(kind)
            info.append(cc.getString() if hasattr(cc, "getString") else "")
            if kind == "checkbox":
                info.append("checked" if cc.Checked else "unchecked")
        elif t in ("TextFieldStart", "TextFieldStartEnd"):
            fm = por.Bookmark
            ftype = ""
            try:
                ftype = fm.getFieldType()
            except Exception:
                pass
            name = fm.getName() if hasattr(fm, "getName") else None
            for suffix, kind in (("FORMTEXT", "formtext"), ("FORMCHECKBOX", "formcheckbox"),
                                 ("FORMDROPDOWN", "formdropdown")):
                if ftype.endswith(suffix):
                    b.controls.append(Control(kind, por, b, fm, name))
            info.append(ftype)
            info.append(name)
        elif t == "Bookmark":
            name = por.Bookmark.Name
            b.bookmarks.append((name, bool(por.IsStart)))
            info.append(name)
            info.append("start" if por.IsStart else "end")
        elif t == "Text":
            info.append(por.getString())
        b.portions.append(info)
    return b


def scan(doc):
    """The document's paragraphs in reading order, with the controls and bookmarks each holds."""
    blocks = []
    for par, cell in iter_paragraphs(doc.Text):
        blocks.append(read_block(Block(len(blocks), par, cell)))
    return blocks, index_controls(blocks)


def index_controls(blocks):
    controls = [c for b in blocks for c in b.controls]
    for i, c in enumerate(controls):
        c.index = i
    return controls


# ---------------------------------------------------------------- the person

class Person:
    """Clicks and types in one document window."""

    S = 2540.0 / 96.0  # 1/100 mm per pixel at 100 % zoom, 96 dpi (headless)

    def __init__(self, office, doc, typing="keys"):
        self.office = office
        self.doc = doc
        self.typing = typing
        self.ctrl = doc.getCurrentController()
        self.vc = self.ctrl.getViewCursor()
        frame = self.ctrl.getFrame()
        win = frame.getContainerWindow()
        win.setVisible(True)
        win.setPosSize(0, 0, 1100, 1000, 15)
        office.idle()
        # the resize is laid out asynchronously: wait until the edit window has its size
        for _ in range(100):
            self.editwin = self._edit_window(frame.getComponentWindow())
            ps = self.editwin.getPosSize()
            if ps.Width >= 900 and ps.Height >= 800:
                break
            time.sleep(0.1)
            office.idle()
        self.w, self.h = ps.Width, ps.Height
        self.trace = None
        self.hbar, self.vbar = self._scroll_bars(frame.getComponentWindow())
        # pixel = (document twips - scroll bar value) / 15 + (cx, cy): measured for this window
        # size at 100 % (A4 page centred); only a first guess, LibreOffice's hit test decides.
        self.cx, self.cy = 112.0, 104.0
        ui = office.uitest.getTopFocusWindow()
        self.keys = ui.getChild("writer_edit")

    @staticmethod
    def _edit_window(component):
        found = []

        def walk(w, depth):
            ps = w.getPosSize()
            found.append((depth, ps.Width * ps.Height, w))
            if hasattr(w, "getWindows"):
                for c in w.getWindows():
                    walk(c, depth + 1)

        for c in component.getWindows():
            walk(c, 1)
        # The document's edit window is the largest window one level inside the view window.
        level2 = [f for f in found if f[0] == 2] or found
        return max(level2, key=lambda f: f[1])[2]

    # -- low-level input

    def mouse(self, x, y, clicks=1):
        e = MouseEvent()
        e.Source = self.editwin
        e.Buttons = 1  # left
        e.X = int(round(x))
        e.Y = int(round(y))
        e.ClickCount = clicks
        e.Modifiers = 0
        e.PopupTrigger = False
        # Two clicks close in time and place make a double click (which on an input field opens
        # the Input Field dialog, fatal without a display): leave the double-click time between.
        last = getattr(self, "_last_click", None)
        if last and abs(last[0] - e.X) < 8 and abs(last[1] - e.Y) < 8 and time.time() - last[2] < 1.0:
            time.sleep(1.0 - (time.time() - last[2]))
        if self.trace is not None:
            self.trace.append([e.X, e.Y])
        self.office.toolkit.mouseMove(e)
        self.office.toolkit.mousePress(e)
        self.office.toolkit.mouseRelease(e)
        self.office.idle()
        self._last_click = (e.X, e.Y, time.time())
        if self.trace is not None:
            p = self.vc.getPosition()
            self.trace[-1] += [p.X, p.Y]

    def type_text(self, value):
        lines = value.split("\n")
        for i, line in enumerate(lines):
            if i > 0:
                self.enter()
            if line:
                if self.typing == "keys":
                    self.keys.executeAction("TYPE", (pv("TEXT", line),))
                else:
                    self.dispatch(".uno:InsertText", Text=line)
                self.office.idle()

    def enter(self):
        if self.typing == "keys":
            self.keys.executeAction("TYPE", (pv("KEYCODE", "RETURN"),))
        else:
            self.dispatch(".uno:InsertPara")
        self.office.idle()

    def key(self, code):
        self.keys.executeAction("TYPE", (pv("KEYCODE", code),))
        self.office.idle()

    def dispatch(self, cmd, **args):
        frame = self.ctrl.getFrame()
        self.office.dispatcher.executeDispatch(frame, cmd, "", 0, tuple(pv(k, v) for k, v in args.items()))

    # -- where things are on the screen

    @staticmethod
    def _scroll_bars(component):
        bars = []

        def walk(w):
            names = [t.typeName for t in w.getTypes()] if hasattr(w, "getTypes") else []
            if "com.sun.star.awt.XScrollBar" in names:
                bars.append(w)
            if hasattr(w, "getWindows"):
                for c in w.getWindows():
                    walk(c)

        walk(component)
        h = [b for b in bars if b.getPosSize().Width > b.getPosSize().Height]
        v = [b for b in bars if b.getPosSize().Width <= b.getPosSize().Height]
        return (h[0] if h else None), (v[0] if v else None)

    def doc_pos(self, rng):
        """Where a position is: the view cursor's place in 1/100 mm (selecting it scrolls it into view)."""
        self.ctrl.select(rng)
        self.office.idle()
        p = self.vc.getPosition()
        return p.X, p.Y

    def pixel(self, x, y):
        """Edit-window pixel of a document position (1/100 mm), for the current scroll position."""
        tw = 1440.0 / 2540.0
        h = self.hbar.getValue() if self.hbar else 0
        v = self.vbar.getValue() if self.vbar else 0
        return (x * tw - h) / 15.0 + self.cx, (y * tw - v) / 15.0 + self.cy

    def ensure_visible(self, blocks, block, rng):
        """Scrolls so that the position is well inside the window, not at its edges."""
        for _ in range(4):
            self.ctrl.select(rng)
            self.office.idle()
            p = self.vc.getPosition()
            _, py = self.pixel(p.X, p.Y)
            if 80 <= py <= self.h - 80:
                return
            step = 8 if py > self.h - 80 else -8
            j = max(0, min(len(blocks) - 1, block.index + step))
            self.ctrl.select(blocks[j].par.getStart())
            self.office.idle()

    def hit(self, px, py):
        """The text position under a pixel, as LibreOffice's own hit test finds it (no click)."""
        try:
            return self.ctrl.createTextRangeByPixelPosition(Point(int(round(px)), int(round(py))))
        except Exception:
            return None

    @staticmethod
    def inside(r, a):
        """Whether a position lies in a range (False when they are in different texts)."""
        if r is None:
            return False
        try:
            t = a.getText()
            return t.compareRegionStarts(r, a.getStart()) <= 0 and t.compareRegionEnds(r, a.getEnd()) >= 0
        except Exception:
            return False

    def on_a_line(self, px, py):
        """Whether a pixel row runs through text: pixels either side hit different positions. In a
        page's header or footer area (a click there opens the header/footer control, which
        brings a headless LibreOffice down) every pixel hits the same first or last position."""
        r1, r2 = self.hit(px - 30, py), self.hit(px + 30, py)
        if r1 is None or r2 is None:
            return r1 is not r2
        try:
            return r1.getText().compareRegionStarts(r1, r2) != 0
        except Exception:
            return True  # different texts (a cell and the body): not one degenerate row

    def locate(self, a, x, y, empty_line=False):
        """The pixel at the vertical middle of the line at document position (x, y) whose hit
        test falls in range a; None if no pixel near does. An empty line hits one position at
        every x, so for one (empty_line) only the band near the line's own place is searched."""
        gx, gy = self.pixel(x, y)
        spans = ((range(-4, 30, 2)),) if empty_line else ((range(-20, 44, 2)), (range(-90, 130, 3)))
        for span in spans:
            ys = [gy + d for d in span if self.inside(self.hit(gx, gy + d), a)
                  and (empty_line or self.on_a_line(gx, gy + d))]
            if ys:
                # the longest run of neighbouring pixels: one line
                runs, run = [], [ys[0]]
                for v in ys[1:]:
                    if v - run[-1] <= 3:
                        run.append(v)
                    else:
                        runs.append(run)
                        run = [v]
                runs.append(run)
                best = max(runs, key=len)
                mid = (best[0] + best[-1]) / 2.0
                self.cy += mid - (gy + 8)  # learn: the next guess starts closer
                return gx, mid
        return None

    def click_control(self, blocks, control, dx_frac=0.5, max_dx_px=40, accept=None):
        """One real click on a control's first line, at a pixel LibreOffice's hit test puts inside it."""
        a = control.anchor()
        ps = self.editwin.getPosSize()
        self.w, self.h = ps.Width, ps.Height
        self.ensure_visible(blocks, control.block, a.getStart())
        x0, y0 = self.doc_pos(a.getStart())
        x1, y1 = self.doc_pos(a.getEnd())
        if control.kind in BOX_KINDS:
            tx = x0 + 5 * self.S          # on the glyph, a little in from its left edge
        else:
            if y1 != y0 or x1 <= x0:
                x1 = x0 + 600
            tx = x0 + min((x1 - x0) * dx_frac, max_dx_px * self.S)
        # the cursor starts elsewhere, as a person's would: at the start of the paragraph before
        prev = blocks[control.block.index - 1] if control.block.index > 0 else control.block
        self.ctrl.select(prev.par.getStart())
        self.office.idle()
        for attempt in range(2):
            spot = self.locate(a, tx, y0)
            if spot is None and control.kind not in BOX_KINDS and not control.text().strip("\r\n"):
                # nothing to see (an empty control): a person clicks on the empty answer line
                line = control.block.par
                spot = self.locate(line, x0 + 20 * self.S, y0, empty_line=True)
                if spot is not None:
                    self.mouse(spot[0], spot[1])
                    self.last_click_note = "clicked the empty answer line"
                    return True
            if spot is None:
                return False
            px, py = spot
            if not (5 <= px <= self.w - 5 and 20 <= py <= self.h - 20):
                raise RuntimeError("control not on screen (pixel %d,%d)" % (px, py))
            self.mouse(px, py)
            if accept is None or accept(self.vc.getPosition()):
                return True
        return False


# ---------------------------------------------------------------- finding what a plan names

class NotFound(Exception):
    pass


def find_block(blocks, path, start=0):
    """The paragraph reached by matching each text of the path in turn, searching forward."""
    pos = start
    hit = None
    for needle in path:
        n = norm(needle)
        hit = None
        for b in blocks[pos:]:
            if b.norm == n or b.norm.startswith(n + " ") or b.norm.startswith(n) and len(n) >= 12:
                hit = b
                break
        if hit is None:
            raise NotFound("no paragraph after #%d reads %r" % (pos, needle))
        pos = hit.index + 1
    return hit


TEXT_KINDS = ("input", "content", "formtext", "dropdown")
BOX_KINDS = ("checkbox", "formcheckbox")


def target_for(action, blocks, controls):
    kind = action["action"]
    if "control" in action:
        return controls[int(action["control"])]
    if "bookmark" in action:
        name = action["bookmark"]
        for b in blocks:
            if any(bm[0] == name for bm in b.bookmarks):
                want = BOX_KINDS if kind == "tick" else TEXT_KINDS
                for b2 in blocks[b.index:b.index + 3]:
                    for c in b2.controls:
                        if c.kind in want:
                            return c
                raise NotFound("bookmark %s has no control after it" % name)
        raise NotFound("no bookmark %s" % name)
    block = find_block(blocks, action["find"])
    if kind == "tick":
        for c in block.controls:
            if c.kind in BOX_KINDS:
                return c
        raise NotFound("no check box in the paragraph %r" % block.text[:60])
    if kind == "specify":
        for c in block.controls:
            if c.kind in TEXT_KINDS:
                return c
        # a specify text whose control is gone: type after the option text
        return Control("paragraph-end", block.par, block)
    # type: the first text control in the question's paragraph or the next few (hint, answer box)
    for b in blocks[block.index:block.index + 5]:
        if b is not block and any(c.kind in BOX_KINDS for c in b.controls):
            break
        for c in b.controls:
            if c.kind in TEXT_KINDS:
                return c
    # no control left (a form without markers): the first empty paragraph below the question
    for b in blocks[block.index + 1:block.index + 4]:
        if not b.norm:
            return Control("paragraph", b.par, b)
    raise NotFound("no control for %r" % block.text[:60])


# ---------------------------------------------------------------- doing the actions

def do_type(person, blocks, control, value, how, log):
    office = person.office
    if control.kind in ("paragraph", "paragraph-end"):
        rng = control.portion.getEnd() if control.kind == "paragraph-end" else control.portion.getStart()
        person.ctrl.select(rng)
        office.idle()
        if control.kind == "paragraph-end":
            person.type_text(" " + value)
        else:
            person.type_text(value)
        log["how"] = "typed at " + control.kind
        return
    if how == "dialog":
        if control.kind != "input":
            raise RuntimeError("how=dialog needs an input field, found " + control.kind)
        control.obj.Content = value
        try:
            person.doc.getTextFields().refresh()
        except Exception:
            pass
        return
    if how == "select":
        person.ctrl.select(control.anchor())
        office.idle()
        log["selected"] = person.vc.getString()
        person.type_text(value)
        return
    if how == "delete":
        person.ctrl.select(control.anchor())
        office.idle()
        log["selected"] = person.vc.getString()
        person.key("DELETE")
        if person.vc.getString():
            person.key("DELETE")
        person.type_text(value)
        return
    if how == "after":
        person.ctrl.select(control.anchor().getEnd())
        office.idle()
        person.type_text(" " + value)
        return
    # click (click-delete: click, press Delete to clear the selected placeholder, then type)
    before = control.text()

    def landed(r):
        sel = person.vc.getString()
        if control.kind == "input":
            if not before.strip("\r\n"):
                # an empty field: a click puts the cursor on its line, next to or in it
                try:
                    t = control.anchor().getText()
                    return t.compareRegionStarts(person.vc.getStart(), control.anchor().getStart()) == 0 or \
                        t.compareRegionStarts(person.vc.getStart(), control.anchor().getEnd()) == 0
                except Exception:
                    return False
            return bool(sel) and norm(sel) == norm(before)
        cur = person.vc.getStart()
        try:
            cmp = control.anchor().getText().compareRegionStarts
            return cmp(cur, control.anchor().getStart()) <= 0 and cmp(cur, control.anchor().getEnd()) >= 0
        except Exception:
            return True

    person.last_click_note = None
    ok = person.click_control(blocks, control, accept=landed)
    log["selected"] = person.vc.getString()
    if person.last_click_note:
        log["note"] = person.last_click_note
    if not ok:
        log["warning"] = "the click did not land in the control; selected its range instead"
        person.ctrl.select(control.anchor())
        office.idle()
    if how == "click-delete":
        person.key("DELETE")
        log["after_delete"] = control.text() if control.kind == "input" else None
    person.type_text(value)


def do_tick(person, blocks, control, want, how, log):
    office = person.office
    state = control.checked()
    log["before"] = state
    if state == want:
        log["note"] = "already in the wanted state"
        return
    if how == "uno":
        if control.kind == "checkbox":
            cc = control.obj
            cc.Checked = bool(want)
            glyph = cc.CheckedState if want else cc.UncheckedState
            t = cc.getText()
            c = t.createTextCursorByRange(t.getStart())
            c.gotoEnd(True)
            c.setString(glyph)
        else:
            try:
                control.obj.setPropertyValue("Checked", bool(want))
            except Exception:
                params = control.obj.getParameters()
                params.replaceByName("Checkbox_State", bool(want))
        return
    if how == "delete":
        person.ctrl.select(control.anchor())
        office.idle()
        person.key("DELETE")
        person.type_text("X" if want else "")
        return
    near = [c for bl in blocks[max(0, control.block.index - 3):control.block.index + 4]
            for c in bl.controls if c.kind in BOX_KINDS and c is not control]
    others = [(c, c.checked()) for c in near]
    for attempt in range(2):
        person.click_control(blocks, control)
        if control.checked() == want:
            break
    else:
        log["warning"] = "clicking did not tick the box"
    # a click that went astray would have toggled a box nearby: check
    changed = [c.index for c, was in others if c.checked() != was]
    if changed:
        log["error"] = "clicks toggled other boxes: %s" % changed


def fill(form, plan, docx_out=None, odt_out=None, log_out=None, typing=None, how=None, tick=None,
         start_timeout=180.0, quiet=False):
    defaults = dict(plan.get("defaults", {}))
    if typing:
        defaults["typing"] = typing
    if how:
        defaults["how"] = how
    if tick:
        defaults["tick"] = tick
    defaults.setdefault("typing", "keys")
    defaults.setdefault("how", "click")
    defaults.setdefault("tick", "click")
    office = Office(start_timeout=start_timeout)
    results = []
    crashed = False
    t0 = time.time()
    try:
        doc = office.open(form, visible=True)
        person = Person(office, doc, typing=defaults["typing"])
        blocks, controls = scan(doc)
        for i, action in enumerate(plan["actions"]):
            entry = {k: v for k, v in action.items() if k != "value"}
            entry["n"] = i
            person.trace = entry["mouse"] = []
            try:
                person.typing = action.get("typing", defaults["typing"])
                control = target_for(action, blocks, controls)
                entry["target"] = control.describe()
                if action["action"] in ("type", "specify"):
                    do_type(person, blocks, control, str(action["value"]), action.get("how", defaults["how"]), entry)
                elif action["action"] == "tick":
                    do_tick(person, blocks, control, bool(action.get("value", True)),
                            action.get("tick", action.get("how") if action.get("how") in ("uno", "delete") else defaults["tick"]), entry)
                else:
                    raise RuntimeError("unknown action %r" % action["action"])
                how_used = action.get("how", defaults["how"])
                if ("\n" in str(action.get("value", "")) and control.kind not in ("input",)) \
                        or how_used in ("select", "delete", "after") or control.kind.startswith("paragraph") \
                        or action.get("tick") == "delete":
                    blocks, controls = scan(doc)  # paragraphs or controls may have come or gone
                else:
                    read_block(control.block)
                    controls = index_controls(blocks)
                b = control.block
                entry["after"] = {"style": b.style, "text": b.text, "portions": b.portions}
                entry["ok"] = "error" not in entry
            except NotFound as e:
                entry["ok"] = False
                entry["error"] = "not found: %s" % e
            except Exception as e:
                entry["ok"] = False
                entry["error"] = "%s: %s" % (type(e).__name__, e)
                if "DisposedException" in type(e).__name__ or "disposed" in str(e):
                    results.append(entry)
                    crashed = True
                    print("action %d: LibreOffice crashed; stopping" % i, file=sys.stderr)
                    break
            results.append(entry)
            if not quiet and not entry["ok"]:
                print("action %d: %s" % (i, entry.get("error")), file=sys.stderr)
        if crashed:
            raise RuntimeError("LibreOffice crashed during action %d" % results[-1]["n"])
        if docx_out:
            office.save(doc, docx_out, DOCX_FILTER)
        if odt_out:
            office.save(doc, odt_out, ODT_FILTER)
        try:
            doc.close(True)
        except Exception:
            pass
    finally:
        office.close()
        summary = {"form": form, "defaults": defaults, "actions": len(results), "crashed": crashed,
                   "failed": sum(1 for r in results if not r["ok"]), "seconds": round(time.time() - t0, 1),
                   "docx": docx_out, "odt": odt_out, "results": results}
        if log_out:
            with open(log_out, "w", encoding="utf-8") as f:
                json.dump(summary, f, ensure_ascii=False, indent=1)
    return summary


# ---------------------------------------------------------------- inspect / convert

def inspect(path, out=sys.stdout):
    office = Office()
    try:
        doc = office.open(path, visible=False)
        blocks, controls = scan(doc)
        for b in blocks:
            where = " cell %s.%s" % b.cell if b.cell else ""
            print("#%d [%s]%s %r" % (b.index, b.style, where, b.text[:100]), file=out)
            for p in b.portions:
                if p[0] in ("Text",):
                    continue
                print("     %s" % (p,), file=out)
        print("%d paragraphs, %d controls: %s" % (
            len(blocks), len(controls),
            ", ".join("%s=%d" % (k, sum(1 for c in controls if c.kind == k))
                      for k in sorted(set(c.kind for c in controls)))), file=out)
        try:
            bms = doc.getBookmarks().getElementNames()
            print("bookmarks: %d %s" % (len(bms), list(bms)[:12]), file=out)
        except Exception:
            pass
        doc.close(True)
    finally:
        office.close()


def convert(src, dst):
    office = Office()
    try:
        doc = office.open(src, visible=False)
        office.save(doc, dst, ODT_FILTER if dst.endswith(".odt") else DOCX_FILTER)
        doc.close(True)
    finally:
        office.close()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("fill")
    f.add_argument("form")
    f.add_argument("plan")
    f.add_argument("--docx")
    f.add_argument("--odt")
    f.add_argument("--log")
    f.add_argument("--typing", choices=("keys", "insert"))
    f.add_argument("--how", choices=("click", "click-delete", "select", "dialog", "delete", "after"))
    f.add_argument("--tick", choices=("click", "uno", "delete"))
    f.add_argument("--start-timeout", type=float, default=180.0)
    i = sub.add_parser("inspect")
    i.add_argument("file")
    c = sub.add_parser("convert")
    c.add_argument("src")
    c.add_argument("dst")
    a = ap.parse_args(argv)
    if a.cmd == "fill":
        with open(a.plan, encoding="utf-8") as fh:
            plan = json.load(fh)
        s = fill(a.form, plan, a.docx, a.odt, a.log, a.typing, a.how, a.tick, a.start_timeout)
        print("%d actions, %d failed, %.1f s%s%s" % (s["actions"], s["failed"], s["seconds"],
                                                   ", wrote " + a.docx if a.docx else "",
                                                   ", " + a.odt if a.odt else ""))
        return 1 if s["failed"] else 0
    if a.cmd == "inspect":
        inspect(a.file)
        return 0
    if a.cmd == "convert":
        convert(a.src, a.dst)
        return 0


if __name__ == "__main__":
    sys.exit(main())
