"""The attribution text the sources ask for (../shared/data/SOURCES.md), in one place.

Shown in the About box and on the last page of every printed report.
"""

from __future__ import annotations

ONET = ("This product includes information from the O*NET 30.1 Database by the U.S. "
        "Department of Labor, Employment and Training Administration (USDOL/ETA). Used under "
        "the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. Career Explorer has "
        "modified all or some of this information. USDOL/ETA has not approved, endorsed, or "
        "tested these modifications.")
ONET_29 = ("Skills and knowledge ratings are from the O*NET 29.0 Database (USDOL/ETA), "
           "under the same license.")
BLS = ("Wages: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, "
       "May 2025. Projections: U.S. Bureau of Labor Statistics, Employment Projections "
       "2024–34. The Bureau of Labor Statistics and the Department of Labor do not endorse "
       "Career Explorer.")
ATTRIBUTION = (ONET, ONET_29, BLS)
