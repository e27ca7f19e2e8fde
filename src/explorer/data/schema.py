"""The layout of careers.db, shared by the build step and the data layer.

The build writes exactly these tables and stamps ``PRAGMA user_version`` with
SCHEMA_VERSION; the data layer refuses any other version, so a program never
reads a database whose columns it does not know.

Conventions: occupation codes are O*NET-SOC ("29-2072.00"); BLS codes are the
6-digit SOC ("29-2072", major groups "29-0000", all occupations "00-0000").
A figure BLS or O*NET did not publish is NULL, never 0; where OEWS gives a
reason, its footnote code is kept beside it. Hourly wages are stored as whole
cents (27.30 -> 2730): exact, and a third of the size of a REAL; the data
layer hands out dollars.
"""

from __future__ import annotations

SCHEMA_VERSION = 4

#: OEWS measures kept per cell, in BLS datatype order (01, 03, 04, 06..17).
#: Hourly measures live in "<measure>_cents" columns (see above).
WAGE_MEASURES: tuple[tuple[str, str], ...] = (
    ("01", "employment"),
    ("03", "hourly_mean"),
    ("04", "annual_mean"),
    ("06", "hourly_p10"),
    ("07", "hourly_p25"),
    ("08", "hourly_median"),
    ("09", "hourly_p75"),
    ("10", "hourly_p90"),
    ("11", "annual_p10"),
    ("12", "annual_p25"),
    ("13", "annual_median"),
    ("14", "annual_p75"),
    ("15", "annual_p90"),
    ("16", "per_1000"),
    ("17", "location_quotient"),
)

#: Growth categories of the OOH for 2024–34, from the employment change
#: rounded to a whole percent (SOURCES.md, "Definitions"): the build writes
#: them, the profile explains them.
GROWTH_THRESHOLDS: tuple[tuple[int, str], ...] = (
    (7, "Much faster than average"),
    (5, "Faster than average"),
    (3, "As fast as average"),
    (1, "Slower than average"),
    (0, "Little or no change"),
)
DECLINE = "Decline"
#: O*NET's Bright Outlook: much faster than average growth, or at least this
#: many openings over the ten projection years.
BRIGHT_OUTLOOK_OPENINGS_10Y = 100_000
#: The two reasons O*NET's rule gives an occupation a Bright Outlook.
FAST_GROWTH, MANY_OPENINGS = "fast growth", "many openings"


def bright_outlook_reasons(category: str | None, openings_annual: int | None) -> tuple[str, ...]:
    """Which parts of O*NET's Bright Outlook rule an occupation meets: FAST_GROWTH (much
    faster than average growth), MANY_OPENINGS (the openings a year times ten reach
    BRIGHT_OUTLOOK_OPENINGS_10Y), both, or () for no Bright Outlook. The build stores the
    flag from this rule and the profile says which reason applies, so they cannot differ."""
    reasons = []
    if category == GROWTH_THRESHOLDS[0][1]:
        reasons.append(FAST_GROWTH)
    if openings_annual is not None and openings_annual * 10 >= BRIGHT_OUTLOOK_OPENINGS_10Y:
        reasons.append(MANY_OPENINGS)
    return tuple(reasons)


def footnote_pairs(text: str | None) -> list[tuple[str, str]]:
    """The (BLS datatype, footnote code) pairs of a wage row's `footnotes` column,
    stored as "04=4 13=4"."""
    pairs = (pair.partition("=") for pair in (text or "").split())
    return [(kind, code) for kind, _, code in pairs]


def measure_footnotes(text: str | None, measure: str) -> frozenset[str]:
    """The footnote codes stored for one measure ("annual_median") of a wage row."""
    datatype = next(code for code, name in WAGE_MEASURES if name == measure)
    return frozenset(code for kind, code in footnote_pairs(text) if kind == datatype)


DDL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE source (
    name TEXT PRIMARY KEY, title TEXT NOT NULL, release TEXT NOT NULL,
    files TEXT NOT NULL, sha256 TEXT NOT NULL);
CREATE TABLE major_group (code TEXT PRIMARY KEY, title TEXT NOT NULL);
CREATE TABLE occupation (
    code TEXT PRIMARY KEY, title TEXT NOT NULL, description TEXT NOT NULL,
    soc_code TEXT NOT NULL, major_group TEXT NOT NULL REFERENCES major_group(code),
    job_zone INTEGER, wage_soc_code TEXT, projection_soc_code TEXT,
    wage_soc_title TEXT, projection_soc_title TEXT,
    bright_outlook INTEGER NOT NULL, ooh_soc_code TEXT, ooh_summary TEXT,
    ooh_work_environment TEXT, employment_rank INTEGER);
CREATE TABLE job_zone (
    zone INTEGER PRIMARY KEY, name TEXT NOT NULL, experience TEXT, education TEXT,
    training TEXT, examples TEXT);
CREATE TABLE career_cluster (
    code TEXT NOT NULL, cluster TEXT NOT NULL, pathway TEXT NOT NULL,
    PRIMARY KEY (code, cluster, pathway)) WITHOUT ROWID;
CREATE TABLE alternate_title (
    code TEXT NOT NULL, title TEXT NOT NULL, short_title TEXT, PRIMARY KEY (code, title))
    WITHOUT ROWID;
CREATE TABLE reported_title (
    code TEXT NOT NULL, title TEXT NOT NULL, in_my_next_move INTEGER NOT NULL,
    PRIMARY KEY (code, title)) WITHOUT ROWID;
CREATE TABLE task (
    code TEXT NOT NULL, task_id INTEGER NOT NULL, text TEXT NOT NULL, type TEXT,
    PRIMARY KEY (code, task_id)) WITHOUT ROWID;
CREATE TABLE emerging_task (
    code TEXT NOT NULL, text TEXT NOT NULL, category TEXT NOT NULL, PRIMARY KEY (code, text))
    WITHOUT ROWID;
CREATE TABLE work_activity_title (dwa_id TEXT PRIMARY KEY, title TEXT NOT NULL);
CREATE TABLE work_activity (
    code TEXT NOT NULL, dwa_id TEXT NOT NULL REFERENCES work_activity_title(dwa_id),
    PRIMARY KEY (code, dwa_id)) WITHOUT ROWID;
CREATE TABLE technology (
    code TEXT NOT NULL, name TEXT NOT NULL, category TEXT NOT NULL, hot INTEGER NOT NULL,
    in_demand INTEGER NOT NULL, PRIMARY KEY (code, name, category)) WITHOUT ROWID;
CREATE TABLE tool (
    code TEXT NOT NULL, name TEXT NOT NULL, category TEXT NOT NULL,
    PRIMARY KEY (code, name, category)) WITHOUT ROWID;
CREATE TABLE interest (
    code TEXT PRIMARY KEY, realistic REAL, investigative REAL, artistic REAL, social REAL,
    enterprising REAL, conventional REAL, high_point_1 TEXT, high_point_2 TEXT,
    high_point_3 TEXT);
CREATE TABLE interest_element (
    element_id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,
    description TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE interest_activity (
    element_id TEXT NOT NULL REFERENCES interest_element(element_id), activity TEXT NOT NULL,
    PRIMARY KEY (element_id, activity)) WITHOUT ROWID;
CREATE TABLE basic_interest_area (
    basic_id TEXT NOT NULL REFERENCES interest_element(element_id),
    area_id TEXT NOT NULL REFERENCES interest_element(element_id),
    PRIMARY KEY (basic_id, area_id)) WITHOUT ROWID;
CREATE TABLE work_style (
    code TEXT NOT NULL, element_id TEXT NOT NULL, name TEXT NOT NULL,
    impact REAL, distinctiveness_rank REAL, PRIMARY KEY (code, element_id)) WITHOUT ROWID;
CREATE TABLE work_value (
    code TEXT NOT NULL, element_id TEXT NOT NULL, name TEXT NOT NULL, extent REAL,
    high_point_rank INTEGER, PRIMARY KEY (code, element_id)) WITHOUT ROWID;
CREATE TABLE element (element_id TEXT PRIMARY KEY, domain TEXT NOT NULL, name TEXT NOT NULL);
CREATE TABLE ability_rating (
    code TEXT NOT NULL, element_id TEXT NOT NULL REFERENCES element(element_id),
    importance REAL, level REAL, level_not_relevant INTEGER NOT NULL,
    PRIMARY KEY (code, element_id)) WITHOUT ROWID;
CREATE TABLE education_level (
    code TEXT NOT NULL, category INTEGER NOT NULL, label TEXT NOT NULL, percent REAL NOT NULL,
    suppress INTEGER NOT NULL, PRIMARY KEY (code, category)) WITHOUT ROWID;
CREATE TABLE related_occupation (
    code TEXT NOT NULL, related_code TEXT NOT NULL, tier TEXT NOT NULL, rank INTEGER NOT NULL,
    PRIMARY KEY (code, related_code)) WITHOUT ROWID;
CREATE TABLE projection (
    soc_code TEXT PRIMARY KEY, title TEXT NOT NULL, occupation_type TEXT NOT NULL,
    employment_2024 INTEGER, employment_2034 INTEGER, change_numeric INTEGER,
    change_percent REAL, growth_category TEXT, self_employed_percent REAL,
    openings_annual INTEGER, openings_exits INTEGER, openings_transfers INTEGER,
    openings_growth INTEGER, exit_rate REAL, transfer_rate REAL, median_wage_2024 INTEGER,
    median_wage_2024_note TEXT,
    typical_education TEXT, work_experience TEXT, training TEXT, ooh_url TEXT,
    top_skill_1 TEXT, top_skill_2 TEXT, top_skill_3 TEXT);
CREATE TABLE bls_skill_rank (
    soc_code TEXT NOT NULL, skill TEXT NOT NULL, percentile INTEGER NOT NULL,
    PRIMARY KEY (soc_code, skill)) WITHOUT ROWID;
CREATE TABLE attainment (
    soc_code TEXT NOT NULL, level INTEGER NOT NULL, label TEXT NOT NULL, percent REAL NOT NULL,
    PRIMARY KEY (soc_code, level)) WITHOUT ROWID;
CREATE TABLE projection_mark (
    table_name TEXT NOT NULL, soc_code TEXT NOT NULL, mark TEXT NOT NULL, note TEXT NOT NULL,
    PRIMARY KEY (table_name, soc_code, mark)) WITHOUT ROWID;
CREATE TABLE utilization_factor (
    soc_code TEXT NOT NULL, industry_code TEXT NOT NULL, industry_title TEXT NOT NULL,
    factor TEXT NOT NULL, PRIMARY KEY (soc_code, industry_code)) WITHOUT ROWID;
CREATE TABLE area (
    area_code TEXT PRIMARY KEY, area_type TEXT NOT NULL, state_code TEXT NOT NULL,
    state_abbr TEXT, name TEXT NOT NULL);
CREATE TABLE industry (
    industry_code TEXT PRIMARY KEY, name TEXT NOT NULL, level INTEGER NOT NULL);
CREATE TABLE wage (
    soc_code TEXT NOT NULL, area_code TEXT NOT NULL, industry_code TEXT NOT NULL,
    employment INTEGER, hourly_mean_cents INTEGER, annual_mean INTEGER,
    hourly_p10_cents INTEGER, hourly_p25_cents INTEGER, hourly_median_cents INTEGER,
    hourly_p75_cents INTEGER, hourly_p90_cents INTEGER,
    annual_p10 INTEGER, annual_p25 INTEGER, annual_median INTEGER, annual_p75 INTEGER,
    annual_p90 INTEGER, per_1000 REAL, location_quotient REAL, footnotes TEXT,
    PRIMARY KEY (soc_code, area_code, industry_code)) WITHOUT ROWID;
CREATE TABLE wage_footnote (code TEXT PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE wage_history (
    soc_code TEXT NOT NULL, year INTEGER NOT NULL, employment INTEGER,
    annual_median INTEGER, hourly_median_cents INTEGER,
    annual_cap INTEGER, hourly_cap_cents INTEGER, note TEXT,
    PRIMARY KEY (soc_code, year)) WITHOUT ROWID;
CREATE TABLE program (cip TEXT PRIMARY KEY, title TEXT NOT NULL, definition TEXT);
CREATE TABLE program_soc (
    soc_code TEXT NOT NULL, cip TEXT NOT NULL REFERENCES program(cip),
    PRIMARY KEY (soc_code, cip)) WITHOUT ROWID;
CREATE TABLE program_no_match (soc_code TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE military_code (
    svc TEXT NOT NULL, moc TEXT NOT NULL, title TEXT NOT NULL, code TEXT NOT NULL,
    PRIMARY KEY (code, svc, moc)) WITHOUT ROWID;
CREATE TABLE search_word (word TEXT PRIMARY KEY, uses INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE search_kind (kind_id INTEGER PRIMARY KEY, kind TEXT NOT NULL UNIQUE);
CREATE TABLE search_row (
    row_id INTEGER PRIMARY KEY, code TEXT NOT NULL,
    kind_id INTEGER NOT NULL REFERENCES search_kind(kind_id), text TEXT NOT NULL);
CREATE VIEW search_content AS SELECT r.row_id, r.code, k.kind, r.text
    FROM search_row r JOIN search_kind k ON k.kind_id = r.kind_id;
CREATE VIRTUAL TABLE search_text USING fts5(
    code UNINDEXED, kind UNINDEXED, text, content = 'search_content', content_rowid = 'row_id',
    tokenize = 'porter unicode61 remove_diacritics 2');
CREATE INDEX occupation_group ON occupation(major_group);
CREATE INDEX occupation_wage_code ON occupation(wage_soc_code);
"""
