"""Write a small copy of ../shared/data, in the publishers' own formats, for build tests.

Every joining rule and footnote case has an occupation here:
- 29-2072.00 and 29-2072.01: own code (the .01 shares the 6-digit figures);
- 13-1021.00: broad code 13-1020 for wages and projections;
- 53-1042.00: BLS aggregate 53-1047;
- 27-2011.00: annual wages not published (footnote 4), hourly only;
- 11-1011.00: wages at or above the top BLS publishes (footnote 5);
- 11-1031.00: projections but no OEWS figures at all;
- 55-1011.00: military, neither.
"""

from __future__ import annotations

import gzip
import json
import sqlite3
from pathlib import Path

from openpyxl import Workbook

OCCUPATIONS = {
    "11-1011.00": "Chief Executives",
    "11-1031.00": "Legislators",
    "13-1021.00": "Buyers and Purchasing Agents, Farm Products",
    "27-2011.00": "Actors",
    "29-2072.00": "Medical Records Specialists",
    "29-2072.01": "Medical Coders",
    "53-1042.00": "First-Line Supervisors of Helpers, Laborers, and Material Movers, Hand",
    "55-1011.00": "Air Crew Officers",
}
DASH = "-"


def _tsv(path: Path, header: list[str], rows: list[list[object]]) -> None:
    lines = ["\t".join(header)] + ["\t".join(str(v) for v in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _onet(folder: Path) -> None:
    folder.mkdir(parents=True)
    (folder / "Read Me.txt").write_text("O*NET 30.1 Database\nDecember 2025 Release\n")
    _tsv(folder / "Occupation Data.txt", ["O*NET-SOC Code", "Title", "Description"],
         [[c, t, f"Description of {t.lower()}."] for c, t in OCCUPATIONS.items()])
    _tsv(folder / "Job Zones.txt", ["O*NET-SOC Code", "Job Zone", "Date", "Domain Source"],
         [["29-2072.00", 3, "08/2023", "Analyst"], ["27-2011.00", 2, "08/2023", "Analyst"]])
    _tsv(folder / "Job Zone Reference.txt",
         ["Job Zone", "Name", "Experience", "Education", "Job Training", "Examples",
          "SVP Range"],
         [[z, f"Job Zone {z}", "e", "ed", "t", "x", "s"] for z in range(1, 6)])
    _tsv(folder / "Alternate Titles.txt",
         ["O*NET-SOC Code", "Alternate Title", "Short Title", "Source(s)"],
         [["29-2072.00", "Coder", "n/a", "08"], ["29-2072.00", "Health Information Clerk", "n/a",
                                                 "08"],
          ["27-2011.00", "Stage Performer", "n/a", "08"],
          ["99-9999.00", "Not An Occupation", "n/a", "08"]])
    _tsv(folder / "Sample of Reported Titles.txt",
         ["O*NET-SOC Code", "Reported Job Title", "Shown in My Next Move"],
         [["29-2072.00", "Medical Coder", "Y"], ["29-2072.00", "Coding Specialist", "N"]])
    _tsv(folder / "Task Statements.txt",
         ["O*NET-SOC Code", "Task ID", "Task", "Task Type", "Incumbents Responding", "Date",
          "Domain Source"],
         [["29-2072.00", 2, "Post medical insurance billings.", "Supplemental", 90, "x", "y"],
          ["29-2072.00", 1, "Code patient data.", "Core", 90, "x", "y"],
          ["27-2011.00", 3, "Perform on stage.", "Core", 90, "x", "y"]])
    _tsv(folder / "Emerging Tasks.txt",
         ["O*NET-SOC Code", "Task", "Category", "Original Task ID", "Original Task", "Date",
          "Domain Source"], [["29-2072.00", "Audit AI coding.", "New", "n/a", "n/a", "x", "y"]])
    _tsv(folder / "DWA Reference.txt", ["Element ID", "IWA ID", "DWA ID", "DWA Title"],
         [["4.A", "4.A.I", "4.A.I.D1", "Record patient information."]])
    _tsv(folder / "Tasks to DWAs.txt",
         ["O*NET-SOC Code", "Task ID", "DWA ID", "Date", "Domain Source"],
         [["29-2072.00", 1, "4.A.I.D1", "x", "y"]])
    _tsv(folder / "Technology Skills.txt",
         ["O*NET-SOC Code", "Example", "Commodity Code", "Commodity Title", "Hot Technology",
          "In Demand"],
         [["29-2072.00", "Epic Systems", "1", "Medical software", "Y", "Y"],
          ["29-2072.00", "Microsoft Excel", "2", "Spreadsheet software", "Y", "N"],
          ["29-2072.00", "3M Encoder", "1", "Medical software", "N", "N"]])
    _tsv(folder / "Tools Used.txt",
         ["O*NET-SOC Code", "Example", "Commodity Code", "Commodity Title"],
         [["29-2072.00", "Desktop computers", "3", "Desktop computer"]])
    riasec = ["Realistic", "Investigative", "Artistic", "Social", "Enterprising",
              "Conventional"]
    interest_rows = [["29-2072.00", f"1.B.1.{i}", n, "OI", v, "x", "y"]
                     for i, (n, v) in enumerate(zip(riasec, [2.86, 4.33, 1.0, 3.38, 1.88, 6.97],
                                                    strict=True))]
    interest_rows += [["29-2072.00", "1.B.1.g", "First Interest High-Point", "IH", "6.00", "x",
                       "y"],
                      ["29-2072.00", "1.B.1.h", "Second Interest High-Point", "IH", "2.00", "x",
                       "y"],
                      ["29-2072.00", "1.B.1.i", "Third Interest High-Point", "IH", "0.00", "x",
                       "y"]]
    _tsv(folder / "Interests.txt", ["O*NET-SOC Code", "Element ID", "Element Name", "Scale ID",
                                    "Data Value", "Date", "Domain Source"], interest_rows)
    _tsv(folder / "Work Styles.txt", ["O*NET-SOC Code", "Element ID", "Element Name",
                                      "Scale ID", "Data Value", "Date", "Domain Source"],
         [["29-2072.00", "1.D.1.a", "Innovation", "DR", "3.00", "x", "y"],
          ["29-2072.00", "1.D.1.a", "Innovation", "WI", "-1.20", "x", "y"]])
    _tsv(folder / "Work Values.txt", ["O*NET-SOC Code", "Element ID", "Element Name",
                                      "Scale ID", "Data Value", "Date", "Domain Source"],
         [["29-2072.00", "1.B.2.a", "Achievement", "EX", "5.00", "x", "y"],
          ["29-2072.00", "1.B.2.b", "Working Conditions", "EX", "6.00", "x", "y"],
          ["29-2072.00", "1.B.2.g", "First Work Value High-Point", "VH", "2.00", "x", "y"]])
    _tsv(folder / "Education, Training, and Experience Categories.txt",
         ["Element ID", "Element Name", "Scale ID", "Category", "Category Description"],
         [["2.D.1", "Required Level of Education", "RL", 1, "Less than a High School Diploma"],
          ["2.D.1", "Required Level of Education", "RL", 2, "High School Diploma"]])
    _tsv(folder / "Education, Training, and Experience.txt",
         ["O*NET-SOC Code", "Element ID", "Element Name", "Scale ID", "Category", "Data Value"],
         [["29-2072.00", "2.D.1", "Required Level of Education", "RL", 1, "10.50"],
          ["29-2072.00", "2.D.1", "Required Level of Education", "RL", 2, "89.50"]])
    _tsv(folder / "Related Occupations.txt",
         ["O*NET-SOC Code", "Related O*NET-SOC Code", "Relatedness Tier", "Index"],
         [["29-2072.00", "13-1021.00", "Primary-Long", 2],
          ["29-2072.00", "27-2011.00", "Primary-Short", 1],
          ["29-2072.00", "99-9999.00", "Supplemental", 3]])


def _onet_29(folder: Path) -> None:
    folder.mkdir(parents=True)
    (folder / "Read Me.txt").write_text("O*NET 29.0 Database\nAugust 2024 Release\n")
    header = ["O*NET-SOC Code", "Title", "Element ID", "Element Name", "Scale ID", "Scale Name",
              "Data Value"]
    for name, element, label in (("Skills", "2.A.1.a", "Reading Comprehension"),
                                 ("Knowledge", "2.C.1.a", "Administration and Management")):
        book = Workbook()
        sheet = book.active
        sheet.title = name
        sheet.append(header)
        sheet.append(["29-2072.00", "x", element, label, "IM", "Importance", 3.5])
        sheet.append(["29-2072.00", "x", element, label, "LV", "Level", 4.25])
        book.save(folder / f"{name}.xlsx")


def _table(book: Workbook, name: str, title: str, header: list[str],
           rows: list[list[object]]) -> None:
    sheet = book.create_sheet(name)
    sheet.append([title])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    sheet.append(["Footnotes:"])
    sheet.append(["Source: Employment Projections program, U.S. Bureau of Labor Statistics"])


def _projections(folder: Path) -> None:
    folder.mkdir(parents=True)
    code, title = "2024 National Employment Matrix code", "2024 National Employment Matrix title"
    book = Workbook()
    book.remove(book.active)
    _table(book, "Table 1.2", "Table 1.2 Occupational projections, 2024–2034 (thousands)",
           [title, code, "Occupation type", "Employment, 2024", "Employment, 2034",
            "Employment change, numeric, 2024–34", "Employment change, percent, 2024–34",
            "Percent self employed, 2024", "Occupational openings, 2024–34 annual average",
            "Median annual wage, dollars, 2024[1]", "Typical education needed for entry",
            "Work experience in a related occupation",
            "Typical on-the-job training needed to attain competency in the occupation"],
           [["Total, all occupations", "00-0000", "Summary", 169956.1, 175167.9, 5211.8, 3.1,
             5.8, 18863.3, 49500, "—", "—", "—"],
            ["  Medical records specialists", "29-2072", "Line item", 194.8, 208.6, 13.8, 7.1,
             0.8, 14.2, 50250, "Postsecondary nondegree award", "None", "None"],
            ["  Buyers and purchasing agents", "13-1020", "Line item", 500.1, 505.2, 5.1, 1.0,
             2.0, 40.0, 70000, "Bachelor's degree", "None", "Long-term on-the-job training"],
            ["  First-line supervisors[1]", "53-1047", "Line item", 700.0, 735.0, 35.0, 5.0,
             1.0, 80.0, 60000, "High school diploma or equivalent", "Less than 5 years",
             "None"],
            ["  Actors", "27-2011", "Line item", 80.0, 79.6, -0.4, -0.5, 20.0, 9.9, "—",
             "Some college, no degree", "None", "Long-term on-the-job training"],
            ["  Chief executives", "11-1011", "Line item", 309.4, 322.7, 13.3, 4.3, 25.9, 22.2,
             ">=$239,200", "Bachelor's degree", "5 years or more", "None"],
            ["  Legislators", "11-1031", "Line item", 30.0, 30.1, 0.1, 0.4, "—", 3.0, 44810,
             "Bachelor's degree", "Less than 5 years", "None"]])
    _table(book, "Table 1.10", "Table 1.10 Separations", [
        title, code, "Occupation type", "Labor force exit rate, 2024–34 annual average",
        "Occupational transfer rate, 2024–34 annual average",
        "Labor force exits, 2024–34 annual average",
        "Occupational transfers, 2024–34 annual average",
        "Total occupational separations, 2024–34 annual average"],
        [["  Medical records specialists", "29-2072", "Line item", 2.5, 3.6, 5.0, 7.8, 12.8]])
    _table(book, "Table 1.12", "Table 1.12 Factors", [
        "2024 National Employment Matrix occupation title",
        "2024 National Employment Matrix occupation code",
        "2024 National Employment Matrix industry title",
        "2024 National Employment Matrix industry code",
        "Factors affecting occupational utilization"],
        [["Medical records specialists", "29-2072", "Total, all industries", "TE1000",
          "Productivity change - share decreases as software automates coding."]])
    book.save(folder / "occupation.xlsx")

    book = Workbook()
    book.remove(book.active)
    _table(book, "Table 6.2", "Table 6.2 Top skills", [
        title, code, "Top highest skill", "Second highest skill", "Third highest skill",
        "Related Occupational Outlook Handbook (OOH) content"],
        [["  Medical records specialists", "29-2072", "Detail oriented", "Computers",
          "Writing and reading",
          '=HYPERLINK("https://www.bls.gov/ooh/healthcare/medical-records.htm", "OOH Content")'
          ]])
    _table(book, "Table 6.5", "Table 6.5 Percentile rank", [
        title, code, "Adaptability", "Mathematics"],
        [["Medical records specialists", "29-2072", 41, 37]])
    book.save(folder / "skills.xlsx")

    book = Workbook()
    book.remove(book.active)
    _table(book, "Table 5.3", "Table 5.3 Educational attainment", [
        title, code, "Less than high school diploma", "High school diploma or equivalent",
        "Bachelor's degree"],
        [["Medical records specialists", "29-2072", 2.1, 40.3, "—"]])
    book.save(folder / "education.xlsx")
    (folder / "industry.xlsx").write_bytes(b"")


def _cell(key: str, values: dict[int, str], notes: dict[int, str] | None = None) -> tuple:
    notes = notes or {}
    return (key, *(values.get(i) for i in range(1, 18)), *(notes.get(i) for i in range(1, 18)))


def _wage_values(employment: str, hourly: list[str], annual: list[str],
                 per_1000: str | None = None, lq: str | None = None) -> dict[int, str]:
    """employment, hourly [mean, p10..p90], annual [mean, p10..p90]."""
    values = {1: employment, 2: "1.0", 3: hourly[0], 4: annual[0], 5: "0.5"}
    values.update({6 + i: v for i, v in enumerate(hourly[1:])})
    values.update({11 + i: v for i, v in enumerate(annual[1:])})
    if per_1000:
        values[16], values[17] = per_1000, lq or ""
    return values


def _oews(folder: Path) -> None:
    folder.mkdir(parents=True)
    db_path = folder / "oews.sqlite"
    db = sqlite3.connect(db_path)
    cols = ", ".join([f"v{i:02d} TEXT" for i in range(1, 18)] + [f"f{i:02d} TEXT"
                                                                  for i in range(1, 18)])
    db.executescript(f"""
        CREATE TABLE cell (key TEXT PRIMARY KEY, {cols}) WITHOUT ROWID;
        CREATE TABLE area (area_code TEXT PRIMARY KEY, areatype_code TEXT, state_code TEXT,
                           area_name TEXT);
        CREATE TABLE industry (industry_code TEXT PRIMARY KEY, industry_name TEXT,
                               display_level INTEGER);
        CREATE TABLE occupation (occupation_code TEXT PRIMARY KEY, occupation_name TEXT,
                                 display_level INTEGER);
        CREATE TABLE footnote (footnote_code TEXT PRIMARY KEY, footnote_text TEXT);
        CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT);
    """)
    db.executemany("INSERT INTO area VALUES (?,?,?,?)", [
        ("0000000", "N", "00", "National"), ("4800000", "S", "48", "Texas"),
        ("0600000", "S", "06", "California"), ("0010180", "M", "48", "Abilene, TX")])
    db.executemany("INSERT INTO industry VALUES (?,?,?)", [
        ("000000", "Cross-Industry", 0), ("622000", "Hospitals", 3)])
    db.executemany("INSERT INTO occupation VALUES (?,?,?)", [
        ("000000", "All Occupations", 0), ("110000", "Management Occupations", 0),
        ("130000", "Business and Financial Operations Occupations", 0),
        ("270000", "Arts, Design, Entertainment, Sports, and Media Occupations", 0),
        ("290000", "Healthcare Practitioners and Technical Occupations", 0),
        ("530000", "Transportation and Material Moving Occupations", 0),
        ("292072", "Medical Records Specialists", 3), ("131020", "Buyers", 3),
        ("531047", "First-Line Supervisors", 3), ("272011", "Actors", 3),
        ("111011", "Chief Executives", 3)])
    db.executemany("INSERT INTO footnote VALUES (?,?)", [
        ("4", "Wages for some occupations that do not generally work year-round, full time, "
              "are reported either as hourly wages or annual salaries."),
        ("5", "This wage is equal to or greater than $115.00 per hour or $239,200 per year."),
        ("8", "Estimate not released.")])
    db.executemany("INSERT INTO meta VALUES (?,?)", [("release", "May 2025")])
    mrs = _wage_values("194720", ["27.30", "17.79", "20.91", "24.59", "31.17", "39.01"],
                       ["56790", "37000", "43490", "51140", "64820", "81150"])
    group = _wage_values("9000000", ["50.00", "20.00", "30.00", "40.00", "60.00", "80.00"],
                         ["104000", "41600", "62400", "83200", "124800", "166400"])
    cells = [
        _cell("OEUN0000000000000292072", mrs),
        _cell("OEUN0000000622000292072", _wage_values(
            "80000", ["28.00", "18.00", "21.00", "25.00", "32.00", "40.00"],
            ["58240", "37440", "43680", "52000", "66560", "83200"])),
        _cell("OEUS4800000000000292072", _wage_values(
            "15000", ["25.00", "16.00", "19.00", "23.00", "29.00", "36.00"],
            ["52000", "33280", "39520", "47840", "60320", "74880"], "1.25", "0.95")),
        _cell("OEUS0600000000000292072", dict.fromkeys(range(1, 18), DASH),
              dict.fromkeys(range(1, 18), "8")),
        _cell("OEUM0010180000000292072", _wage_values(
            "120", ["22.00", "15.00", "17.00", "21.00", "26.00", "30.00"],
            ["45760", "31200", "35360", "43680", "54080", "62400"], "1.80", "1.40")),
        _cell("OEUM0010180000000131020", dict.fromkeys(range(1, 18), DASH)),
        _cell("OEUN0000000000000131020", _wage_values(
            "12000", ["35.00", "20.00", "25.00", "33.00", "42.00", "55.00"],
            ["72800", "41600", "52000", "68640", "87360", "114400"])),
        _cell("OEUN0000000000000531047", _wage_values(
            "600000", ["30.00", "19.00", "23.00", "29.00", "35.00", "44.00"],
            ["62400", "39520", "47840", "60320", "72800", "91520"])),
        _cell("OEUN0000000000000272011", _wage_values(
            "55000", ["58.29", "16.50", "20.34", "29.05", "97.95", "143.68"],
            [DASH] * 6), {4: "4", 11: "4", 12: "4", 13: "4", 14: "4", 15: "4"}),
        _cell("OEUN0000000000000111011", _wage_values(
            "204350", ["129.63", "36.39", "62.28", "102.88", DASH, DASH],
            ["269630", "75700", "129540", "213990", DASH, DASH]),
            {9: "5", 10: "5", 14: "5", 15: "5"}),
        _cell("OEUN0000000000000000000", group),
        _cell("OEUN0000000622000000000", group),
        _cell("OEUM0010180000000000000", group),
        _cell("OEUN0000000622000290000", group),
        *(_cell(f"OEUN0000000000000{g}0000", group) for g in ("11", "13", "27", "29", "53")),
        _cell("OEUS4800000000000290000", group),
        _cell("OEUN0000000000000999999", group),
    ]
    db.executemany(f"INSERT INTO cell VALUES ({','.join('?' * 35)})", cells)
    db.commit()
    db.close()
    (folder / "oews-2025.sqlite.gz").write_bytes(gzip.compress(db_path.read_bytes(), mtime=0))
    db_path.unlink()


def _history(folder: Path) -> None:
    folder.mkdir(parents=True)
    book = Workbook()
    sheet = book.active
    sheet.title = "national_M2023_dl"
    sheet.append(["OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "H_MEDIAN", "A_MEDIAN"])
    sheet.append(["29-2072", "Medical Records Specialists", "detailed", 186000, 23.5, 48880])
    sheet.append(["27-2011", "Actors", "detailed", 50000, 23.0, "*"])
    sheet.append(["11-1011", "Chief Executives", "detailed", 200000, "#", "#"])
    book.save(folder / "national_M2023_dl.xlsx")
    book = Workbook()
    sheet = book.active
    sheet.append(["AREA", "NAICS", "OCC_CODE", "TOT_EMP", "H_MEDIAN", "A_MEDIAN"])
    sheet.append(["99", "000000", "29-2072", 187910.0, 24.16, 50250.0])
    sheet.append(["48", "000000", "29-2072", 1.0, 1.0, 1.0])
    book.save(folder / "national_M2024_dl.xlsx")


def _ooh(folder: Path) -> None:
    folder.mkdir(parents=True)
    profiles = [{"id": 1, "soc": "29-2072", "last_updated": "2025-10-27T00:58:23Z",
                 "description": "Medical records specialists compile patient records.",
                 "work_environment": "Work Environment Most work in  hospitals."},
                {"id": 2, "soc": "", "last_updated": "2025-10-01",
                 "description": "No code.", "work_environment": ""}]
    (folder / "careers-full.json").write_text(json.dumps(profiles), encoding="utf-8")


def _clusters(folder: Path) -> None:
    folder.mkdir(parents=True)
    (folder / "All_Career_Clusters.csv").write_text(
        "Career Cluster,Career Pathway,Code,Occupation\n"
        "Health Science,Health Informatics,29-2072.00,Medical Records Specialists\n"
        '"Arts, A/V Technology & Communications",Performing Arts,27-2011.00,Actors\n',
        encoding="utf-8")


def write_sources(root: Path) -> Path:
    """Write the fixture sources under root and return root."""
    _onet(root / "onet-30.1")
    _onet_29(root / "onet-29.0-skills-knowledge")
    _projections(root / "bls-projections-2024-34")
    _oews(root / "oews-may-2025")
    _history(root / "oews-national-history")
    _ooh(root / "ooh-summaries")
    _clusters(root / "onet-career-clusters")
    return root
