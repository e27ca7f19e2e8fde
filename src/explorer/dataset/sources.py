"""The sources the build reads: where each lies under ../shared/data, and the `source` rows
(name, title, release, input files and their SHA-256) the database records about them."""

from __future__ import annotations

import json
from pathlib import Path

from explorer.dataset import cip, military, projections
from explorer.dataset.readers import require, sha256_of

ONET = "onet-30.1"
ONET_29 = "onet-29.0-skills-knowledge"
CLUSTERS = "onet-career-clusters/All_Career_Clusters.csv"
PROJECTIONS = "bls-projections-2024-34"
OEWS_FILE = "oews-may-2025/oews-2025.sqlite.gz"
HISTORY = "oews-national-history"
OOH_FILE = "ooh-summaries/careers-full.json"


def _release_from_readme(path: Path) -> tuple[str, str]:
    lines = [line.strip() for line in require(path).read_text(encoding="utf-8").splitlines()]
    name = lines[0].replace(" Database", "")
    return name, lines[1].replace(" Release", "")


def _files(folder: Path, pattern: str) -> list[Path]:
    return sorted(p for p in folder.glob(pattern) if p.is_file())


def source_rows(sources: Path, oews_release: str) -> list[dict[str, str]]:
    """One row per source: its name, release and the SHA-256 of its input files."""
    onet_name, onet_release = _release_from_readme(sources / ONET / "Read Me.txt")
    onet29_name, onet29_release = _release_from_readme(sources / ONET_29 / "Read Me.txt")
    history_years = [p.stem.split("_")[1][1:] for p in _files(sources / HISTORY, "*.xlsx")]
    ooh_updated = max(
        str(p.get("last_updated") or "")[:7]
        for p in json.loads((sources / OOH_FILE).read_text(encoding="utf-8"))
    )
    entries = [
        ("onet", onet_name, onet_release, _files(sources / ONET, "*.txt")),
        (
            "onet_skills",
            onet29_name + " skills and knowledge",
            onet29_release,
            _files(sources / ONET_29, "*.xlsx"),
        ),
        (
            "clusters",
            "O*NET career clusters and pathways",
            "O*NET OnLine export",
            [sources / CLUSTERS],
        ),
        (
            "projections",
            "BLS Employment Projections",
            projections.period(sources / PROJECTIONS),
            _files(sources / PROJECTIONS, "*.xlsx"),
        ),
        (
            "oews",
            "BLS Occupational Employment and Wage Statistics",
            oews_release,
            [sources / OEWS_FILE],
        ),
        (
            "oews_history",
            "BLS OEWS national estimates",
            f"May {history_years[0]} to May {history_years[-1]}" if history_years else "none",
            _files(sources / HISTORY, "*.xlsx"),
        ),
        (
            "ooh",
            "BLS Occupational Outlook Handbook summaries",
            f"compiled {ooh_updated}",
            [sources / OOH_FILE],
        ),
        (
            "cip",
            "NCES CIP to SOC crosswalk and CIP list (programs of study)",
            "CIP 2020 to SOC 2018",
            [sources / cip.CROSSWALK, sources / cip.CIP_LIST],
        ),
        (
            "military",
            "O*NET military crosswalk (DMDC military occupational codes)",
            military.RELEASE,
            [sources / military.FILE],
        ),
    ]
    return [
        {
            "name": name,
            "title": title,
            "release": release,
            "files": ", ".join(str(p.relative_to(sources)) for p in paths),
            "sha256": sha256_of(*paths),
        }
        for name, title, release, paths in entries
    ]
