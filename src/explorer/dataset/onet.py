"""O*NET 30.1 text files, O*NET 29.0 skills and knowledge, and the career clusters.

Every function returns rows for one careers.db table, sorted so the build is
deterministic, and keeps only occupations listed in Occupation Data.txt.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from explorer.dataset.readers import SourceError, read_csv, read_header_sheet, read_tsv

RIASEC = ("Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional")
HIGH_POINT_NAMES = {
    "First Interest High-Point": "high_point_1",
    "Second Interest High-Point": "high_point_2",
    "Third Interest High-Point": "high_point_3",
}
WORK_VALUE_HIGH_POINTS = {
    "First Work Value High-Point": 1,
    "Second Work Value High-Point": 2,
    "Third Work Value High-Point": 3,
}

Row = dict[str, object]


def _flag(value: str) -> int:
    return 1 if value.strip().upper() == "Y" else 0


def _number(value: object) -> float | None:
    """A workbook cell as a float (None where empty); anything else is a SourceError."""
    if value is None:
        return None
    if isinstance(value, int | float | str):
        return float(value)
    raise SourceError(f"not a number: {value!r}")


def occupations(folder: Path) -> list[Row]:
    """Code, title and description of every O*NET-SOC occupation."""
    source = sorted(read_tsv(folder / "Occupation Data.txt"), key=lambda r: r["O*NET-SOC Code"])
    return [
        {
            "code": r["O*NET-SOC Code"],
            "title": r["Title"].strip(),
            "description": r["Description"].strip(),
        }
        for r in source
    ]


def job_zones(folder: Path) -> dict[str, int]:
    """Job zone (1-5) of each occupation that has one."""
    return {r["O*NET-SOC Code"]: int(r["Job Zone"]) for r in read_tsv(folder / "Job Zones.txt")}


def job_zone_reference(folder: Path) -> list[Row]:
    """What each job zone means, in O*NET's own words."""
    return [
        {
            "zone": int(r["Job Zone"]),
            "name": r["Name"],
            "experience": r["Experience"],
            "education": r["Education"],
            "training": r["Job Training"],
            "examples": r["Examples"],
        }
        for r in read_tsv(folder / "Job Zone Reference.txt")
    ]


def alternate_titles(folder: Path, codes: set[str]) -> list[Row]:
    """Alternate titles, with O*NET's short form ("RN") where it gives one."""
    rows: dict[tuple[str, str], Row] = {}
    for r in read_tsv(folder / "Alternate Titles.txt"):
        code, title = r["O*NET-SOC Code"], r["Alternate Title"].strip()
        if code in codes and title:
            short = r["Short Title"].strip()
            rows[(code, title)] = {
                "code": code,
                "title": title,
                "short_title": None if short in ("", "n/a") else short,
            }
    return [rows[k] for k in sorted(rows)]


def reported_titles(folder: Path, codes: set[str]) -> list[Row]:
    """Sample job titles reported by workers."""
    rows = {
        (r["O*NET-SOC Code"], r["Reported Job Title"].strip()): _flag(r["Shown in My Next Move"])
        for r in read_tsv(folder / "Sample of Reported Titles.txt")
        if r["O*NET-SOC Code"] in codes
    }
    return [{"code": c, "title": t, "in_my_next_move": f} for (c, t), f in sorted(rows.items())]


def tasks(folder: Path, codes: set[str]) -> list[Row]:
    """Task statements, core or supplemental."""
    source = sorted(
        (r for r in read_tsv(folder / "Task Statements.txt") if r["O*NET-SOC Code"] in codes),
        key=lambda r: (r["O*NET-SOC Code"], int(r["Task ID"])),
    )
    return [
        {
            "code": r["O*NET-SOC Code"],
            "task_id": int(r["Task ID"]),
            "text": r["Task"].strip(),
            "type": r["Task Type"].strip() or None,
        }
        for r in source
    ]


def emerging_tasks(folder: Path, codes: set[str]) -> list[Row]:
    """Tasks O*NET's experts reported as new or changed."""
    rows = {
        (r["O*NET-SOC Code"], r["Task"].strip()): r["Category"].strip()
        for r in read_tsv(folder / "Emerging Tasks.txt")
        if r["O*NET-SOC Code"] in codes
    }
    return [{"code": c, "text": t, "category": k} for (c, t), k in sorted(rows.items())]


def work_activity_titles(folder: Path) -> list[Row]:
    """Title of every detailed work activity (DWA)."""
    titles = {r["DWA ID"]: r["DWA Title"].strip() for r in read_tsv(folder / "DWA Reference.txt")}
    return [{"dwa_id": d, "title": titles[d]} for d in sorted(titles)]


def work_activities(folder: Path, codes: set[str]) -> list[Row]:
    """Detailed work activities of each occupation, through its tasks."""
    pairs = {
        (r["O*NET-SOC Code"], r["DWA ID"])
        for r in read_tsv(folder / "Tasks to DWAs.txt")
        if r["O*NET-SOC Code"] in codes
    }
    return [{"code": c, "dwa_id": d} for c, d in sorted(pairs)]


def technology(folder: Path, codes: set[str]) -> list[Row]:
    """Technology skills with the Hot Technology and In Demand flags."""
    rows: dict[tuple[str, str, str], Row] = {}
    for r in read_tsv(folder / "Technology Skills.txt"):
        code = r["O*NET-SOC Code"]
        if code in codes:
            key = (code, r["Example"].strip(), r["Commodity Title"].strip())
            rows[key] = {
                "code": key[0],
                "name": key[1],
                "category": key[2],
                "hot": _flag(r["Hot Technology"]),
                "in_demand": _flag(r["In Demand"]),
            }
    return [rows[k] for k in sorted(rows)]


def tools(folder: Path, codes: set[str]) -> list[Row]:
    """Tools used, with their commodity category."""
    keys = {
        (r["O*NET-SOC Code"], r["Example"].strip(), r["Commodity Title"].strip())
        for r in read_tsv(folder / "Tools Used.txt")
        if r["O*NET-SOC Code"] in codes
    }
    return [{"code": c, "name": n, "category": k} for c, n, k in sorted(keys)]


def interests(folder: Path, codes: set[str]) -> list[Row]:
    """RIASEC scores (1-7) and the three interest high points, by name."""
    by_code: dict[str, Row] = defaultdict(dict)
    for r in read_tsv(folder / "Interests.txt"):
        code = r["O*NET-SOC Code"]
        if code not in codes:
            continue
        if r["Scale ID"] == "OI" and r["Element Name"] in RIASEC:
            by_code[code][r["Element Name"].lower()] = float(r["Data Value"])
        elif r["Scale ID"] == "IH" and r["Element Name"] in HIGH_POINT_NAMES:
            index = int(float(r["Data Value"]))
            name = RIASEC[index - 1] if 1 <= index <= 6 else None
            by_code[code][HIGH_POINT_NAMES[r["Element Name"]]] = name
    columns = [n.lower() for n in RIASEC] + list(HIGH_POINT_NAMES.values())
    return [{"code": c, **{k: by_code[c].get(k) for k in columns}} for c in sorted(by_code)]


def work_styles(folder: Path, codes: set[str]) -> list[Row]:
    """Work styles: impact (-3..3) and distinctiveness rank (0-10)."""
    rows: dict[tuple[str, str], Row] = {}
    for r in read_tsv(folder / "Work Styles.txt"):
        code = r["O*NET-SOC Code"]
        if code not in codes:
            continue
        row = rows.setdefault(
            (code, r["Element ID"]),
            {
                "code": code,
                "element_id": r["Element ID"],
                "name": r["Element Name"],
                "impact": None,
                "distinctiveness_rank": None,
            },
        )
        if r["Scale ID"] == "WI":
            row["impact"] = float(r["Data Value"])
        elif r["Scale ID"] == "DR":
            row["distinctiveness_rank"] = float(r["Data Value"])
    return [rows[k] for k in sorted(rows)]


def work_values(folder: Path, codes: set[str]) -> list[Row]:
    """Work values: extent (1-7) and which of them are the top three."""
    names: dict[str, str] = {}
    extent: dict[tuple[str, str], float] = {}
    ranks: dict[tuple[str, int], int] = {}
    for r in read_tsv(folder / "Work Values.txt"):
        code = r["O*NET-SOC Code"]
        if code not in codes:
            continue
        if r["Scale ID"] == "EX":
            names[r["Element ID"]] = r["Element Name"]
            extent[(code, r["Element ID"])] = float(r["Data Value"])
        elif r["Scale ID"] == "VH" and r["Element Name"] in WORK_VALUE_HIGH_POINTS:
            ranks[(code, int(float(r["Data Value"])))] = WORK_VALUE_HIGH_POINTS[r["Element Name"]]
    order = sorted(names)
    rows = []
    for code, element in sorted(extent):
        index = order.index(element) + 1
        rows.append(
            {
                "code": code,
                "element_id": element,
                "name": names[element],
                "extent": extent[(code, element)],
                "high_point_rank": ranks.get((code, index)),
            }
        )
    return rows


def education_levels(folder: Path, codes: set[str]) -> list[Row]:
    """O*NET's required-education distribution (percent of respondents by level),
    with O*NET's "recommend suppress" flag for figures too unreliable to show."""
    labels = {
        int(r["Category"]): r["Category Description"].strip()
        for r in read_tsv(folder / "Education, Training, and Experience Categories.txt")
        if r["Scale ID"] == "RL"
    }
    rows = [
        {
            "code": r["O*NET-SOC Code"],
            "category": int(r["Category"]),
            "label": labels[int(r["Category"])],
            "percent": float(r["Data Value"]),
            "suppress": _flag(r.get("Recommend Suppress") or "N"),
        }
        for r in read_tsv(folder / "Education, Training, and Experience.txt")
        if r["Scale ID"] == "RL" and r["O*NET-SOC Code"] in codes
    ]
    return sorted(rows, key=lambda r: (r["code"], r["category"]))


def related(folder: Path, codes: set[str]) -> list[Row]:
    """Related occupations with O*NET's relatedness tier and order."""
    rows = [
        {
            "code": r["O*NET-SOC Code"],
            "related_code": r["Related O*NET-SOC Code"],
            "tier": r["Relatedness Tier"],
            "rank": int(r["Index"]),
        }
        for r in read_tsv(folder / "Related Occupations.txt")
        if r["O*NET-SOC Code"] in codes and r["Related O*NET-SOC Code"] in codes
    ]
    return sorted(rows, key=lambda r: (r["code"], r["rank"], r["related_code"]))


def skills_and_knowledge(folder: Path, codes: set[str]) -> tuple[list[Row], list[Row]]:
    """O*NET 29.0 skills and knowledge: the elements, and each occupation's
    importance (1-5) and level (0-7) ratings."""
    elements: dict[str, Row] = {}
    rows: dict[tuple[str, str], Row] = {}
    for domain, name in (("skill", "Skills.xlsx"), ("knowledge", "Knowledge.xlsx")):
        for r in read_header_sheet(folder / name):
            code, element = str(r["o*net-soc code"]), str(r["element id"])
            if code not in codes or r["scale id"] not in ("IM", "LV"):
                continue
            elements[element] = {
                "element_id": element,
                "domain": domain,
                "name": str(r["element name"]),
            }
            row = rows.setdefault(
                (code, element),
                {
                    "code": code,
                    "element_id": element,
                    "importance": None,
                    "level": None,
                    "level_not_relevant": 0,
                },
            )
            column = "importance" if r["scale id"] == "IM" else "level"
            row[column] = _number(r["data value"])
            if column == "level" and str(r.get("not relevant") or "").upper() == "Y":
                row["level_not_relevant"] = 1
    return [elements[k] for k in sorted(elements)], [rows[k] for k in sorted(rows)]


def career_clusters(path: Path, codes: set[str]) -> list[Row]:
    """Career cluster and pathway of each occupation: a row per (code, cluster, pathway).

    The O*NET OnLine export writes an occupation that sits in several clusters
    on one line, joining its clusters and its pathways with "; " in the same
    order ("Information Technology; Information Technology" with "Information
    Support and Services; Programming and Software Development"); the two lists
    are split and paired, so each cluster is stored once under its own name.
    """
    keys: set[tuple[str, str, str]] = set()
    for r in read_csv(path):
        code = r["Code"].strip()
        if code not in codes:
            continue
        clusters = [c.strip() for c in r["Career Cluster"].split(";")]
        pathways = [p.strip() for p in r["Career Pathway"].split(";")]
        if len(clusters) != len(pathways):
            raise SourceError(
                f"{path.name}: {code} lists {len(clusters)} clusters but {len(pathways)} pathways"
            )
        keys.update((code, c, p) for c, p in zip(clusters, pathways, strict=True))
    return [{"code": c, "cluster": k, "pathway": p} for c, k, p in sorted(keys)]
