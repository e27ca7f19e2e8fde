"""Build Career Explorer's bundle from a clean checkout: python packaging/build.py

1. A virtual environment in build/venv with exactly packaging/requirements.txt.
2. On Linux, numpy rebuilt from its source without OpenBLAS (see NUMPY_OPTIONS),
   cached outside the checkout so it is built once per machine.
3. PyInstaller with packaging/explorer.spec: the one-folder bundle in
   dist/career-explorer (the .app too on macOS).
4. The bundle is started: --version and --smoke-test must pass.
5. The download: on Linux dist/career-explorer-VERSION-linux-x86_64.tar.gz
   (bundle, .desktop file, icon, install.sh); on Windows the Inno Setup
   installer if ISCC.exe is found; on macOS the .dmg (packaging/macos/make_dmg.sh).
6. The sizes, unpacked and downloaded, against the limits (150 MB and 70 MB),
   and dist/career-explorer.build.json, which records what the bundle was built
   from (tests/test_packaging.py rebuilds when the sources changed).

Options: --no-venv builds with the running interpreter (CI, or a prepared
environment), --numpy-wheel keeps PyPI's numpy (with OpenBLAS, 26 MB more),
--no-check skips starting the bundle, --no-archive stops after the bundle.
Exit status 0 when everything was built and within the limits.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
REQUIREMENTS = PACKAGING / "requirements.txt"
SPEC = PACKAGING / "explorer.spec"
NAME = "career-explorer"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
UNPACKED_LIMIT = 150_000_000  # bytes: the "150 MB unpacked"
ARCHIVE_LIMIT = 70_000_000  # "70 MB as the downloaded archive"
# numpy's own build options: no BLAS or LAPACK library (numpy's internal
# fallback routines; the charts multiply tiny arrays), no SVML, Highway or
# x86-simd-sort kernels, no runtime CPU dispatch. 39 MB of numpy become 8 MB.
NUMPY_OPTIONS = (
    "-Dblas=none",
    "-Dlapack=none",
    "-Ddisable-svml=true",
    "-Ddisable-highway=true",
    "-Ddisable-intel-sort=true",
    "-Dcpu-dispatch=none",
)
WINDOWS = sys.platform == "win32"
MACOS = sys.platform == "darwin"
LINUX = sys.platform.startswith("linux")
# What the bundle is built from: a change in any of these makes it stale.
FINGERPRINTED = ("src/explorer", "data/careers.db", "resources", "packaging", "pyproject.toml")


def log(message: str) -> None:
    """One line of progress."""
    print(f"build: {message}", flush=True)


def run(command: list[str | Path], **kwargs) -> subprocess.CompletedProcess:
    """Run a command, echoing it; fail the build when it fails."""
    log("$ " + " ".join(str(c) for c in command))
    return subprocess.run([str(c) for c in command], check=True, **kwargs)


def version() -> str:
    """The program's version, from the package (as the spec reads it)."""
    text = (ROOT / "src" / "explorer" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.M).group(1)


def source_fingerprint(root: Path = ROOT) -> str:
    """A hash of everything the bundle is built from (code, data, resources, packaging)."""
    digest = hashlib.sha256()
    for entry in FINGERPRINTED:
        base = root / entry
        files = (
            [base]
            if base.is_file()
            else sorted(p for p in base.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        )
        for path in files:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            with path.open("rb") as handle:
                for block in iter(lambda h=handle: h.read(1 << 20), b""):
                    digest.update(block)
    return digest.hexdigest()


def tree_size(folder: Path) -> int:
    """Bytes on disk as `du -sb` counts them: every file, folder and link, once."""
    total, seen = 0, set()
    for path in [folder, *folder.rglob("*")]:
        info = path.lstat()
        if (info.st_dev, info.st_ino) in seen:
            continue
        seen.add((info.st_dev, info.st_ino))
        total += info.st_size
    return total


# -- the build environment ---------------------------------------------------------------


def venv_python(venv: Path) -> Path:
    """The interpreter of a virtual environment."""
    return venv / ("Scripts/python.exe" if WINDOWS else "bin/python")


def prepare_venv(venv: Path) -> Path:
    """build/venv with exactly the pinned packages; returns its interpreter."""
    python = venv_python(venv)
    if not python.exists():
        run([sys.executable, "-m", "venv", venv])
    run(
        [
            python,
            "-m",
            "pip",
            "install",
            "--disable-pip-version-check",
            "--no-deps",
            "-r",
            REQUIREMENTS,
        ]
    )
    run([python, "-m", "pip", "check", "--disable-pip-version-check"])
    return python


def pinned(name: str) -> str:
    """The version requirements.txt pins for a package."""
    for line in REQUIREMENTS.read_text(encoding="utf-8").splitlines():
        match = re.match(rf"^{re.escape(name)}==(\S+)", line.strip(), re.I)
        if match:
            return match.group(1)
    raise SystemExit(f"build: {name} is not pinned in {REQUIREMENTS}")


def cache_folder() -> Path:
    """Where built wheels are kept between builds (outside the checkout)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "career-explorer-build"


def install_lean_numpy(python: Path) -> None:
    """Replace PyPI's numpy by the same version built without OpenBLAS (Linux)."""
    numpy = pinned("numpy")
    tag = (
        platform.machine()
        + "-"
        + "-".join(
            subprocess.check_output(
                [python, "-c", "import sys; print(sys.implementation.cache_tag)"], text=True
            ).split()
        )
    )
    key = hashlib.sha256(" ".join((numpy, tag, *NUMPY_OPTIONS)).encode()).hexdigest()[:12]
    cache = cache_folder() / f"numpy-{numpy}-{key}"
    wheels = sorted(cache.glob("numpy-*.whl"))
    if not wheels:
        log(f"building numpy {numpy} without OpenBLAS (once per machine; a few minutes)")
        bin_folder = python.parent
        env = {**os.environ, "PATH": f"{bin_folder}{os.pathsep}{os.environ.get('PATH', '')}"}
        with tempfile.TemporaryDirectory() as folder:
            try:
                run(
                    [
                        python,
                        "-m",
                        "pip",
                        "wheel",
                        "--disable-pip-version-check",
                        "--no-deps",
                        "--no-build-isolation",
                        "--no-cache-dir",
                        "--no-binary",
                        "numpy",
                        "-w",
                        folder,
                        f"numpy=={numpy}",
                        *(f"-Csetup-args={option}" for option in NUMPY_OPTIONS),
                    ],
                    env=env,
                )
            except subprocess.CalledProcessError as error:
                raise SystemExit(
                    "build: numpy did not build from source (a C and C++ "
                    "compiler are needed); --numpy-wheel uses PyPI's numpy, "
                    "26 MB larger"
                ) from error
            cache.mkdir(parents=True, exist_ok=True)
            for wheel in Path(folder).glob("numpy-*.whl"):
                shutil.copy2(wheel, cache / wheel.name)
        wheels = sorted(cache.glob("numpy-*.whl"))
    run(
        [
            python,
            "-m",
            "pip",
            "install",
            "--disable-pip-version-check",
            "--no-deps",
            "--force-reinstall",
            wheels[-1],
        ]
    )


# -- the bundle ------------------------------------------------------------------------


def ensure_icons(python: Path) -> None:
    """The icons are committed; make them if someone removed them."""
    needed = [ROOT / "resources" / f"{NAME}.{ext}" for ext in ("ico", "icns")]
    needed += [ROOT / "resources" / f"{NAME}-{size}.png" for size in (16, 32, 256)]
    if not all(path.is_file() for path in needed):
        run([python, PACKAGING / "make_icons.py"])


def freeze(python: Path) -> Path:
    """Run PyInstaller; returns the bundle folder."""
    run(
        [
            python,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            DIST,
            "--workpath",
            BUILD / "pyinstaller",
            SPEC,
        ],
        cwd=ROOT,
    )
    return DIST / NAME


def executable(bundle: Path) -> Path:
    """The bundle's command-line executable (the console twin on Windows)."""
    return bundle / (f"{NAME}-cli.exe" if WINDOWS else NAME)


def check_bundle(bundle: Path) -> float:
    """Start the bundle as a user would; fail the build on any error. Returns seconds."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as home:
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("PYTHON", "VIRTUAL_ENV"))
        }
        env.update({"HOME": home, "USERPROFILE": home, "QT_QPA_PLATFORM": "offscreen"})
        for args in (["--version"], ["--smoke-test"]):
            result = subprocess.run(
                [executable(bundle), *args],
                env=env,
                cwd=home,
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
            print(result.stdout, end="", flush=True)
            if result.returncode != 0:
                print(result.stderr, file=sys.stderr)
                raise SystemExit(
                    f"build: the bundle failed {' '.join(args)} (exit {result.returncode})"
                )
    return time.perf_counter() - started


def _tar_filter(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    info.mtime = int(os.environ.get("SOURCE_DATE_EPOCH", "1700000000"))
    info.mode = (info.mode | 0o444 | (0o111 if info.mode & 0o100 or info.isdir() else 0)) & 0o755
    return info


def linux_archive(bundle: Path) -> Path:
    """dist/career-explorer-VERSION-linux-ARCH.tar.gz: the bundle, the .desktop file, the
    icon and install.sh under one folder; reproducible (sorted, fixed owners and times)."""
    top = f"{NAME}-{version()}"
    archive = DIST / f"{top}-linux-{platform.machine()}.tar.gz"
    extras = {
        f"{NAME}.desktop": PACKAGING / f"{NAME}.desktop",
        f"{NAME}.png": ROOT / "resources" / f"{NAME}-256.png",
        "install.sh": PACKAGING / "linux" / "install.sh",
        "README.md": PACKAGING / "linux" / "README.md",
    }
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        tar.add(bundle, arcname=top, filter=_tar_filter, recursive=False)
        for path in sorted(bundle.rglob("*")):
            tar.add(
                path,
                arcname=f"{top}/{path.relative_to(bundle).as_posix()}",
                filter=_tar_filter,
                recursive=False,
            )
        for name, source in sorted(extras.items()):
            if source.is_file():
                tar.add(source, arcname=f"{top}/{name}", filter=_tar_filter)
    with (
        archive.open("wb") as out,
        gzip.GzipFile(filename="", mode="wb", fileobj=out, compresslevel=9, mtime=0) as gz,
    ):
        gz.write(raw.getvalue())
    return archive


def windows_installer(bundle: Path) -> Path | None:
    """The Inno Setup installer, when ISCC.exe is installed (CI installs it)."""
    default = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
    default = default / "Inno Setup 6" / "ISCC.exe"
    iscc = shutil.which("iscc") or (str(default) if default.is_file() else None)
    if not iscc:
        log("Inno Setup (ISCC.exe) not found: no installer built")
        return None
    run(
        [
            iscc,
            f"/DAppVersion={version()}",
            f"/DBundleDir={bundle}",
            f"/O{DIST}",
            PACKAGING / "windows" / f"{NAME}.iss",
        ]
    )
    return DIST / f"{NAME}-{version()}-windows-setup.exe"


def macos_dmg() -> Path:
    """The .dmg holding Career Explorer.app."""
    dmg = DIST / f"{NAME}-{version()}-macos.dmg"
    run(["bash", PACKAGING / "macos" / "make_dmg.sh", DIST / "Career Explorer.app", dmg, version()])
    return dmg


def report_sizes(bundle: Path, download: Path | None) -> bool:
    """Print the sizes; True when both are within the limits."""
    unpacked = tree_size(bundle)
    figures = {
        "bundle": str(bundle.relative_to(ROOT)),
        "unpacked_bytes": unpacked,
        "unpacked_mb": round(unpacked / 1e6, 1),
        "unpacked_limit_mb": UNPACKED_LIMIT / 1e6,
    }
    ok = unpacked <= UNPACKED_LIMIT
    if download is not None:
        size = download.stat().st_size
        figures.update(
            {
                "download": str(download.relative_to(ROOT)),
                "download_bytes": size,
                "download_mb": round(size / 1e6, 1),
                "download_limit_mb": ARCHIVE_LIMIT / 1e6,
            }
        )
        ok = ok and size <= ARCHIVE_LIMIT
    figures["within_limits"] = ok
    print(json.dumps(figures, indent=2), flush=True)
    return ok


def main(argv: list[str] | None = None) -> int:
    """Build everything this platform can; 0 when built, checked and within the limits."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--no-venv", action="store_true", help="use the running interpreter instead of build/venv"
    )
    parser.add_argument(
        "--venv",
        type=Path,
        default=BUILD / "venv",
        help="where the build environment is (default build/venv)",
    )
    parser.add_argument(
        "--numpy-wheel",
        action="store_true",
        help="keep PyPI's numpy with OpenBLAS (Linux builds it leaner)",
    )
    parser.add_argument("--no-check", action="store_true", help="do not start the bundle")
    parser.add_argument(
        "--no-archive",
        action="store_true",
        help="stop after the bundle (no .tar.gz, installer or .dmg)",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    fingerprint = source_fingerprint()
    python = Path(sys.executable) if args.no_venv else prepare_venv(args.venv)
    if LINUX and not args.numpy_wheel:
        install_lean_numpy(python)
    ensure_icons(python)
    stamp = DIST / f"{NAME}.build.json"
    stamp.unlink(missing_ok=True)
    bundle = freeze(python)
    if not args.no_check:
        seconds = check_bundle(bundle)
        log(f"the bundle started and passed its smoke test ({seconds:.1f} s)")
    download = None
    if not args.no_archive:
        if LINUX:
            download = linux_archive(bundle)
        elif WINDOWS:
            download = windows_installer(bundle)
        elif MACOS:
            download = macos_dmg()
    within = report_sizes(bundle, download)
    stamp.write_text(
        json.dumps(
            {
                "version": version(),
                "sources": fingerprint,
                "platform": sys.platform,
                "machine": platform.machine(),
                "numpy": "pypi" if args.numpy_wheel or not LINUX else "no-blas source build",
                "download": download.name if download else None,
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    log(f"done in {time.perf_counter() - started:.0f} s: {bundle}")
    if not within:
        log("the bundle is larger than the limits above")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
