"""Word lists for search: words to ignore, everyday words, and a light stemmer.

Students type "someone who fixes cars", not "automotive service technician".
The stop words drop what carries no meaning in a job search; the everyday
words add the terms O*NET uses for the same thing ("heart" -> cardiac,
cardiology), so "heart doctor" finds Cardiologists. Both only widen what a
word can match; the ranking in search/ranking.py decides what comes first.
Slang and the sense a teenager means ("youtuber", "stocks") are in
search/meanings.py; wishes such as "no college" in search/intents.py.
"""

from __future__ import annotations

from functools import lru_cache

_STOP_TEXT = """
    a an the and or of in on at to for with by from as is are be being been am was were
    i me my you your we our they their he she his her it its this that these those
    who whom which what where when how why do does doing did can could would should will
    want wants wanna like likes love loves enjoy someone somebody person people job jobs
    career careers work works working kind type sort something things thing stuff
    help helps get become good really lot lots some any all im don dont t s m go going
    need needs best keep keeping program programs major majors study studies studying course
    courses class classes
"""
#: Words that mean nothing in a job search ("someone who ...", "jobs that ...").
STOP_WORDS = frozenset(_STOP_TEXT.split())

#: Everyday word -> words O*NET titles, alternate titles, descriptions and tasks use.
#: An entry may be a phrase ("video game"); it matches those words side by side.
EVERYDAY_WORDS: dict[str, tuple[str, ...]] = {
    "fix": ("repair", "mechanic"),
    "fixes": ("repair", "mechanic"),
    "fixing": ("repair", "mechanic"),
    "fixer": ("repairer", "mechanic"),
    "car": ("automotive", "auto"),
    "cars": ("automotive", "auto"),
    "truck": ("tractor",),
    "trucks": ("tractor",),
    "vet": ("veterinarian",),
    "vets": ("veterinarian",),
    "doctor": ("physician", "surgeon"),
    "doctors": ("physician", "surgeon"),
    "dr": ("doctor", "physician", "surgeon"),
    "kid": ("child", "children", "pediatric", "pediatrician"),
    "kids": ("child", "children", "pediatric", "pediatrician"),
    "child": ("children", "pediatric", "pediatrician"),
    "children": ("child", "pediatric", "pediatrician"),
    "childrens": ("child", "children", "pediatric", "pediatrician"),
    "baby": ("infant", "infants", "newborn", "neonatal"),
    "babies": ("baby", "infant", "infants", "newborn", "neonatal"),
    "teen": ("adolescent", "youth"),
    "teens": ("adolescent", "youth"),
    "teenagers": ("adolescent", "youth"),
    "elderly": ("geriatric", "aged", "older adults"),
    "old": ("elderly", "geriatric", "older adults"),
    "seniors": ("elderly", "geriatric", "older adults"),
    "heart": ("cardiac", "cardiovascular", "cardiology", "cardiologist"),
    "skin": ("dermatology", "dermatologist", "dermatologic"),
    "eye": ("ophthalmology", "ophthalmologist", "optometrist", "vision"),
    "eyes": ("eye", "ophthalmology", "ophthalmologist", "optometrist", "vision"),
    "bone": ("orthopedic", "musculoskeletal"),
    "bones": ("bone", "orthopedic", "musculoskeletal"),
    "brain": ("neurology", "neurologist", "neurological"),
    "nerves": ("neurology", "neurologist", "neurological"),
    "foot": ("feet", "podiatric", "podiatrist"),
    "feet": ("foot", "podiatric", "podiatrist"),
    "cancer": ("oncology", "oncologist", "tumor"),
    "women": ("obstetrics", "gynecology", "gynecologist", "pregnancy"),
    "womens": ("women", "obstetrics", "gynecology", "gynecologist", "pregnancy"),
    "pregnant": ("obstetrics", "pregnancy", "childbirth"),
    "mental": ("psychiatric", "psychiatry", "psychiatrist"),
    "mind": ("mental", "psychiatric", "psychiatry", "psychiatrist"),
    "lung": ("pulmonary", "respiratory", "pulmonologist"),
    "lungs": ("lung", "pulmonary", "respiratory", "pulmonologist"),
    "kidney": ("renal", "nephrology", "urology", "urologist"),
    "kidneys": ("kidney", "renal", "nephrology", "urology", "urologist"),
    "ear": ("hearing", "audiology", "audiologist", "otolaryngologist"),
    "ears": ("ear", "hearing", "audiology", "audiologist", "otolaryngologist"),
    "throat": ("otolaryngologist", "otolaryngology"),
    "nose": ("otolaryngologist", "otolaryngology"),
    "allergy": ("allergist", "allergic", "immunology"),
    "allergies": ("allergy", "allergist", "allergic", "immunology"),
    "xray": ("radiology", "radiologist", "radiologic"),
    "er": ("emergency",),
    "surgery": ("surgeon", "surgical"),
    "teeth": ("dental", "dentist"),
    "tooth": ("dental", "dentist"),
    "hair": ("hairdresser", "hairstylist"),
    "animal": ("animals", "veterinary"),
    "pet": ("animal", "veterinary"),
    "pets": ("animal", "veterinary"),
    "dog": ("animal", "canine"),
    "dogs": ("animal", "canine"),
    "horse": ("equine",),
    "cat": ("animal", "veterinary"),
    "cats": ("animal", "veterinary"),
    "blood": ("hematology", "hematologist"),
    "stomach": ("gastroenterology", "gastroenterologist", "digestive"),
    "hormone": ("endocrinology", "endocrinologist"),
    "hormones": ("endocrinology", "endocrinologist"),
    "lady": ("women", "obstetrics", "gynecology", "gynecologist"),
    "ladies": ("women", "obstetrics", "gynecology", "gynecologist"),
    "numbers": ("mathematical", "accountant", "statistician"),
    "science": ("scientist",),
    "sciences": ("scientist",),
    "horses": ("horse", "equine"),
    "computer": ("computers",),
    "coding": ("programmer", "developer"),
    "code": ("programmer", "developer"),
    "programming": ("programmer", "developer"),
    "cop": ("police",),
    "cops": ("police",),
    "lawyer": ("attorney",),
    "lawyers": ("attorney",),
    "law": ("legal", "attorney", "lawyer"),
    "money": ("financial", "finance"),
    "plane": ("aircraft", "pilot"),
    "planes": ("aircraft", "pilot"),
    "fly": ("pilot", "aircraft"),
    "flying": ("pilot", "aircraft"),
    "cook": ("cooks", "chef"),
    "cooking": ("cooks", "chef"),
    "food": ("cooks", "chef"),
    "bake": ("baker", "bakers"),
    "baking": ("baker", "bakers"),
    "house": ("residential", "construction"),
    "houses": ("residential", "construction"),
    "games": ("video game", "game"),
    "game": ("video game",),
    "gaming": ("video game", "game"),
    "art": ("artist", "artists"),
    "music": ("musician", "musicians"),
    "sing": ("singer", "singers"),
    "singing": ("singer", "singers"),
    "dance": ("dancer", "dancers"),
    "dancing": ("dancer", "dancers"),
    "acting": ("actor", "actors"),
    "movies": ("film", "motion picture"),
    "movie": ("film", "motion picture"),
    "photos": ("photographer", "photography"),
    "pictures": ("photographer", "photography"),
    "write": ("writer", "author"),
    "writing": ("writer", "author"),
    "sick": ("patient", "patients"),
    "fire": ("firefighter", "fire"),
    "fires": ("firefighter", "fire"),
    "electric": ("electrician", "electrical"),
    "electricity": ("electrician", "electrical"),
    "plumbing": ("plumber",),
    "welding": ("welder",),
    "teach": ("teacher", "instructor"),
    "teaching": ("teacher", "instructor"),
    "sell": ("sales",),
    "selling": ("sales",),
    "drive": ("driver",),
    "driving": ("driver",),
    "farm": ("farmer", "agricultural"),
    "farming": ("farmer", "agricultural"),
    "trees": ("tree", "forest", "arborist"),
    "ocean": ("marine", "oceanographer"),
    "sea": ("marine", "ocean"),
    "math": ("mathematics", "mathematician", "mathematical"),
    "maths": ("math", "mathematics", "mathematician", "mathematical"),
    "bio": ("biology", "biologist", "biological"),
    "chem": ("chemistry", "chemist"),
    "psych": ("psychology", "psychologist"),
    "gym": ("fitness", "physical education"),
    "boats": ("boat", "marine", "vessel"),
    "ships": ("ship", "marine", "vessel"),
    "trains": ("railroad", "locomotive", "rail"),
    "robot": ("robotics",),
    "robots": ("robotics",),
    "website": ("web",),
    "websites": ("web",),
    "app": ("applications", "software"),
    "apps": ("applications", "software"),
    "crime": ("criminal", "detective"),
    "clothes": ("fashion", "apparel", "clothing"),
    "nails": ("manicurist", "nail"),
    "church": ("clergy", "religious"),
    "religion": ("clergy", "religious"),
    "climate": ("environmental", "climate"),
    "environment": ("environmental", "conservation"),
    "news": ("reporter", "journalist"),
    "army": ("military",),
    "navy": ("military", "naval"),
    "soldier": ("military", "infantry"),
    "forensics": ("forensic",),
    "library": ("librarian",),
    "psychology": ("psychologist",),
    "biology": ("biologist",),
    "chemistry": ("chemist",),
    "physics": ("physicist",),
    "accounting": ("accountant",),
    "architecture": ("architect",),
    "engineering": ("engineer",),
    "journalism": ("journalist", "reporter"),
    "economics": ("economist",),
    "mathematics": ("mathematician",),
    "statistics": ("statistician",),
    "geology": ("geologist", "geoscientist"),
    "astronomy": ("astronomer",),
    "pharmacy": ("pharmacist",),
    "dentistry": ("dentist",),
    "medicine": ("physician",),
    "culinary": ("chef", "cook"),
    "criminology": ("criminal justice", "police"),
    "education": ("teacher",),
    "photography": ("photographer",),
    "agriculture": ("farmer", "agricultural"),
    "forestry": ("forester",),
    "zoology": ("zoologist",),
    "sociology": ("sociologist",),
    "history": ("historian",),
    "theater": ("actor",),
    "nutrition": ("dietitian", "nutritionist"),
    "books": ("librarian", "writer", "editor"),
}

_SUFFIXES = ("ing", "es", "s")


def is_stop_word(word: str) -> bool:
    """A word to drop: a stop word, or one typed with two letters swapped ("teh")."""
    if word in STOP_WORDS:
        return True
    return len(word) >= 3 and any(
        word[:i] + word[i + 1] + word[i] + word[i + 2 :] in STOP_WORDS for i in range(len(word) - 1)
    )


@lru_cache(maxsize=65536)
def root(word: str) -> str:
    """A crude stem, enough to tell nurse, nurses and nursing are one word (but
    teacher and teaching are not: the index's Porter stemmer agrees)."""
    word = word.lower()
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word  # not care -> car
