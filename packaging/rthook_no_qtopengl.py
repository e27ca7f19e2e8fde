"""PyInstaller runtime hook: stand-ins for QtOpenGL and QtOpenGLWidgets.

pyqtgraph imports PySide6.QtOpenGL and QtOpenGLWidgets by name when it starts
(for its optional OpenGL drawing), though Career Explorer never turns OpenGL
drawing on. The real modules are 10 MB, so the bundle leaves them out and
this hook answers those imports with small stand-ins: importing works, and
using anything from them raises ImportError naming the reason. A real module,
if one is bundled, is found first (the finder is appended last).
"""

import importlib.abc
import importlib.machinery
import sys
import types

_STUBBED = ("PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets")
_REASON = "{} is not bundled with Career Explorer (pyqtgraph's OpenGL drawing is not used)"


class _StandIn(types.ModuleType):
    """A module whose every attribute is missing, with one reason."""

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        if name == "QOpenGLWidget":  # pyqtgraph subclasses it when it starts
            from PySide6.QtWidgets import QWidget

            reason = _REASON.format(f"{self.__name__}.{name}")

            class QOpenGLWidget(QWidget):
                def __init__(self, *args, **kwargs):
                    raise ImportError(reason)

            setattr(self, name, QOpenGLWidget)
            return QOpenGLWidget
        raise ImportError(_REASON.format(f"{self.__name__}.{name}"))


class _StandInFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, fullname, path=None, target=None):
        if fullname in _STUBBED:
            return importlib.machinery.ModuleSpec(fullname, self)
        return None

    def create_module(self, spec):
        return _StandIn(spec.name)

    def exec_module(self, module):
        module.__file__ = None


sys.meta_path.append(_StandInFinder())
