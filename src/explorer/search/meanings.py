"""What a teenager means by a word O*NET does not use that way: slang, new jobs, and
everyday words whose job sense is not their dictionary one.

"youtuber" is no O*NET title, and "stocks" in O*NET is mostly stock clerks. Each
entry maps such a word (or a few words typed together, "content creator") to the
names of the nearest real occupations, in the order they are meant, as the words
O*NET itself uses ("video editor" matches "Film and Video Editors"). The search
puts what these names find first, in this order, and what the word finds by itself
after them. Words, never codes: a name that stops matching anything fails a test
(tests/unit/test_search_words.py).
"""

from __future__ import annotations

_CREATOR = ("video editor", "producers and directors", "broadcast announcer", "social media")
_STREAMER = ("broadcast announcer", "video editor", "producers and directors", "social media")
_INFLUENCER = ("social media specialist", "public relations specialist", "influencer")
_HACKER = ("information security analyst", "penetration tester", "ethical hacker")
_GAMER = ("video game designer", "game tester", "esports", "video game programmer")
_STOCKS = ("stock broker", "financial analyst", "investment", "securities", "day trader")
_AI = ("machine learning", "data scientist", "artificial intelligence")
_RIDES = ("taxi driver", "chauffeur", "shuttle driver")
_DELIVERY = ("delivery driver", "courier", "light truck driver")
_TRADES = ("electrician", "plumber", "carpenter", "welder", "hvac")
_DRAWING = ("illustrator", "cartoonist", "artist", "animator", "drafter")
_BUILD = ("carpenter", "construction laborer", "construction", "builder")
_PROTECT = ("police", "firefighter", "security guard", "lifeguard")
_SPACE = ("astronomer", "aerospace engineer", "astronaut", "physicist")
_SPY = ("intelligence analyst", "special agent", "spy")
_BOSS = ("chief executive", "general and operations manager", "manager")

#: Word or words typed -> names of the occupations meant, nearest first.
MEANINGS: dict[str, tuple[str, ...]] = {
    "youtuber": _CREATOR,
    "youtubers": _CREATOR,
    "youtube": _CREATOR,
    "vlogger": _CREATOR,
    "vlog": _CREATOR,
    "tiktok": _INFLUENCER,
    "tiktoker": _INFLUENCER,
    "content creator": ("content creator", *_CREATOR),
    "streamer": _STREAMER,
    "streamers": _STREAMER,
    "streaming": _STREAMER,
    "twitch": _STREAMER,
    "podcaster": ("podcaster", "podcast producer", "broadcast announcer"),
    "influencer": _INFLUENCER,
    "influencers": _INFLUENCER,
    "instagram": _INFLUENCER,
    "social media": ("social media", "public relations specialist"),
    "hacker": _HACKER,
    "hackers": _HACKER,
    "hacking": _HACKER,
    "cyber": ("information security analyst", "cyber", "penetration tester"),
    "cybersecurity": _HACKER,
    "gamer": _GAMER,
    "gamers": _GAMER,
    "esports": ("esports", "video game designer", "athletes and sports competitors"),
    "video games": ("video game designer", "video game programmer", "game tester"),
    "stocks": _STOCKS,
    "stock market": _STOCKS,
    "investing": ("investment", "financial analyst", "personal financial advisor"),
    "trading": ("day trader", "securities", "financial analyst"),
    "crypto": ("blockchain", "financial analyst", "securities"),
    "bitcoin": ("blockchain", "financial analyst", "securities"),
    "nft": ("blockchain", "graphic designer"),
    "ai": _AI,
    "chatgpt": _AI,
    "uber": _RIDES,
    "lyft": _RIDES,
    "rideshare": _RIDES,
    "doordash": _DELIVERY,
    "instacart": _DELIVERY,
    "delivery": _DELIVERY,
    "law school": ("lawyer", "judge"),
    "medical school": ("physician", "surgeon"),
    "med school": ("physician", "surgeon"),
    "nursing school": ("registered nurse", "nurse practitioner"),
    "vet school": ("veterinarian",),
    "dental school": ("dentist",),
    "art school": ("artist", "graphic designer"),
    "film school": ("producers and directors", "video editor"),
    "build": _BUILD,
    "builds": _BUILD,
    "building": _BUILD,
    "protect": _PROTECT,
    "safe": _PROTECT,
    "save lives": ("paramedic", "emergency medical technician", "firefighter", "surgeon"),
    "trades": _TRADES,
    "trade school": _TRADES,
    "skilled trades": _TRADES,
    "blue collar": _TRADES,
    "draw": _DRAWING,
    "drawing": _DRAWING,
    "sketching": _DRAWING,
    "doodling": _DRAWING,
    "anime": ("animator", "cartoonist", "illustrator"),
    "cartoons": ("animator", "cartoonist"),
    "comics": ("cartoonist", "illustrator"),
    "weather": ("meteorologist", "atmospheric"),
    "space": _SPACE,
    "rockets": ("aerospace engineer", "rocket"),
    "stars": ("astronomer", "astrophysicist"),
    "dinosaurs": ("paleontologist", "geoscientist"),
    "fossils": ("paleontologist", "geoscientist"),
    "bugs": ("entomologist", "pest control"),
    "insects": ("entomologist", "pest control"),
    "volcanoes": ("volcanologist", "geoscientist"),
    "rocks": ("geologist", "geoscientist"),
    "spy": _SPY,
    "spies": _SPY,
    "fbi": ("fbi", "special agent", "criminal investigator"),
    "cia": ("intelligence analyst", "special agent"),
    "csi": ("crime scene investigator", "forensic science technician"),
    "boss": _BOSS,
    "politician": ("legislator", "political scientist"),
    "politics": ("legislator", "political scientist"),
    "entrepreneur": _BOSS,
    "rapper": ("rapper", "musicians and singers", "lyricist"),
    "rap": ("rapper", "musicians and singers", "lyricist"),
    "singer": ("musicians and singers", "singer"),
    "popstar": ("musicians and singers", "singer"),
    "dj": ("dj", "disc jockey"),
    "tattoos": ("tattoo artist", "tattoo"),
    "tattoo": ("tattoo artist", "tattoo"),
    "makeup": ("makeup artist", "cosmetologist"),
    "fashion": ("fashion designer", "fashion"),
    "ux": ("user experience", "web and digital interface designer"),
    "astronaut": ("astronaut", "aerospace engineer", "pilot"),
    "ballerina": ("dancer",),
    "athlete": ("athletes and sports competitors", "athlete"),
    "sports": ("athletes and sports competitors", "coaches and scouts", "umpire", "sports"),
    "plants": ("plant scientist", "botanist", "horticulture", "greenhouse", "nursery"),
    "footballer": ("athletes and sports competitors", "football"),
}
