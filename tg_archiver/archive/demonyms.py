"""A state and its adjective and people, in English: "Ukraine" and "Ukrainian", "South
Africa" and "South Africans", "Slovakia" and "Slovak".

A reader searching a state means what is said of it, and news writes "the Ukrainian
foreign ministry", "South Korean President Yoon", "Slovak Prime Minister Robert Fico" as
often as the state's name; the eleventh blind set (session 36) expected a state to find its
adjective and the adjective the state. Their word forms differ (Porter: ukrain,
ukrainian), so a search of one looks the others up by their word forms, as an
abbreviation's names are (archive/query_joins.py ``topic_phrases``, ``with_names``): a post
holding the word typed matches more lookups.

The table is the project's: the states a foreign ministry's archive names daily. Not
Georgia (the U.S. state's posts are Georgian too, to the index), Korea alone ("Korean" is
either Korea's), a people that is a word ("Pole"). Not Russian: in Russian statements the
adjective is everywhere («армянская сторона», «американских»), and, rarer than the name,
it outranked the posts naming the state (three sets lost a first place each), and
Snowball's word forms at a fixed point join «армяне» and «армия», «казахи» and «Казань».
"""

from __future__ import annotations

from functools import cache

from tg_archiver.archive.analysis import analyse

__all__ = ["of"]

# state: adjective, people (when another word form) -- one a line.
_ENGLISH = """
Afghanistan: Afghan
Albania: Albanian
Algeria: Algerian
Argentina: Argentine, Argentinian
Armenia: Armenian
Australia: Australian
Austria: Austrian
Azerbaijan: Azerbaijani, Azeri
Bangladesh: Bangladeshi
Belarus: Belarusian, Belarussian
Belgium: Belgian
Bolivia: Bolivian
Brazil: Brazilian
Bulgaria: Bulgarian
Cambodia: Cambodian
Canada: Canadian
Chile: Chilean
China: Chinese
Colombia: Colombian
Croatia: Croatian
Cuba: Cuban
Cyprus: Cypriot
Denmark: Danish, Dane
Egypt: Egyptian
Estonia: Estonian
Ethiopia: Ethiopian
Finland: Finnish, Finn
France: French
Germany: German
Greece: Greek
Hungary: Hungarian
India: Indian
Indonesia: Indonesian
Iran: Iranian
Iraq: Iraqi
Ireland: Irish
Israel: Israeli
Italy: Italian
Japan: Japanese
Jordan: Jordanian
Kazakhstan: Kazakh, Kazakhstani
Kenya: Kenyan
Kyrgyzstan: Kyrgyz
Laos: Laotian
Latvia: Latvian
Lebanon: Lebanese
Libya: Libyan
Lithuania: Lithuanian
Malaysia: Malaysian
Mexico: Mexican
Moldova: Moldovan
Mongolia: Mongolian
Morocco: Moroccan
Myanmar: Burmese
Netherlands: Dutch
Nicaragua: Nicaraguan
Nigeria: Nigerian
North Korea: North Korean
Norway: Norwegian
Pakistan: Pakistani
Palestine: Palestinian
Peru: Peruvian
Philippines: Philippine, Filipino
Poland: Polish
Portugal: Portuguese
Qatar: Qatari
Romania: Romanian
Russia: Russian
Saudi Arabia: Saudi
Serbia: Serbian, Serb
Slovakia: Slovak, Slovakian
Slovenia: Slovenian, Slovene
Somalia: Somali
South Africa: South African
South Korea: South Korean
Spain: Spanish, Spaniard
Sri Lanka: Sri Lankan
Sudan: Sudanese
Sweden: Swedish, Swede
Switzerland: Swiss
Syria: Syrian
Tajikistan: Tajik
Thailand: Thai
Tunisia: Tunisian
Turkey: Turkish, Turk
Turkmenistan: Turkmen
Ukraine: Ukrainian
Uzbekistan: Uzbek
Venezuela: Venezuelan
Vietnam: Vietnamese
Yemen: Yemeni
"""


def of(name: str) -> tuple[str, ...]:
    """The other words of the state ``name`` names, in any of its forms (``Ukraine`` ->
    "Ukrainian"; "Ukrainians" -> "Ukraine"; "South Korean" -> "South Korea"): its adjective
    and people for the state, the state (and its other adjective) for an adjective or
    people; empty for a word not listed."""
    return _table().get(analyse(name), ())


@cache
def _table() -> dict[str, tuple[str, ...]]:
    found: dict[str, dict[str, None]] = {}
    for line in _ENGLISH.strip().splitlines():
        state, _, rest = line.partition(":")
        words = [state, *(w.strip() for w in rest.split(","))]
        for word in words:
            others = found.setdefault(analyse(word), {})
            others.update((w, None) for w in words if analyse(w) != analyse(word))
    return {key: tuple(others) for key, others in found.items() if others}
