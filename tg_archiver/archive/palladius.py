"""A Chinese name in both scripts: pinyin, as English news writes it, and the Palladius
system, as Russian does (``Xi Jinping``: «Си Цзиньпин»; ``Wang Yi``: «Ван И»; ``Guo
Jiakun``: «Го Цзякунь»; ``Tianjin``: «Тяньцзинь»).

The ministries of an archive about the SCO and BRICS name China's leaders and spokespeople
in every other post, and the letters' romanisation of Russian (archive/romanization.py)
reads «Цзиньпин» as "Tszinpin". Both systems write a Mandarin syllable by a fixed rule, so a
name is read syllable by syllable: the word is split into syllables of one system (every
split with the fewest, at most _MOST) and each syllable written in the other. Not a table of
names: the syllables' table, made from pinyin's initials and finals by Palladius's rules
(:func:`_table`).

A Russian post declines a name ending in a consonant («Си Цзиньпина», «с Ли Цяном», «Линь
Цзяню»): a Cyrillic word is read also without such an ending. Pure.
"""

from __future__ import annotations

from functools import cache, lru_cache
from itertools import product

from tg_archiver.archive import lazy_re
from tg_archiver.archive.syllable_splits import fewest_splits, from_table

__all__ = ["is_chinese_surname", "palladius", "pinyin", "pinyin_counted"]

_MOST = 3  # readings of one word at most
_LONGEST = 6  # letters of the longest syllable (zhuang, чжуань, in either script)

# Pinyin's syllables, by initial (ü written v: lv, nve).
_SYLLABLES = """
a o e ai ei ao ou an en ang eng er
yi ya ye yao you yan yin yang ying yong yu yue yuan yun
wu wa wo wai wei wan wen wang weng
ba bo bai bei bao ban ben bang beng bi bie biao bian bin bing bu
pa po pai pei pao pou pan pen pang peng pi pie piao pian pin ping pu
ma mo me mai mei mao mou man men mang meng mi mie miao miu mian min ming mu
fa fo fei fou fan fen fang feng fu
da de dai dei dao dou dan den dang deng dong di die diao diu dian ding du duo dui duan dun
ta te tai tao tou tan tang teng tong ti tie tiao tian ting tu tuo tui tuan tun
na ne nai nei nao nou nan nen nang neng nong ni nie niao niu nian nin niang ning nu nuo
nuan nv nve
la le lai lei lao lou lan lang leng long li lia lie liao liu lian lin liang ling lu luo
luan lun lv lve
ga ge gai gei gao gou gan gen gang geng gong gu gua guo guai gui guan gun guang
ka ke kai kei kao kou kan ken kang keng kong ku kua kuo kuai kui kuan kun kuang
ha he hai hei hao hou han hen hang heng hong hu hua huo huai hui huan hun huang
ji jia jie jiao jiu jian jin jiang jing jiong ju jue juan jun
qi qia qie qiao qiu qian qin qiang qing qiong qu que quan qun
xi xia xie xiao xiu xian xin xiang xing xiong xu xue xuan xun
zha zhe zhi zhai zhei zhao zhou zhan zhen zhang zheng zhong zhu zhua zhuo zhuai zhui zhuan
zhun zhuang
cha che chi chai chao chou chan chen chang cheng chong chu chua chuo chuai chui chuan chun
chuang
sha she shi shai shei shao shou shan shen shang sheng shu shua shuo shuai shui shuan shun
shuang
re ri rao rou ran ren rang reng rong ru rua ruo rui ruan run
za ze zi zai zei zao zou zan zen zang zeng zong zu zuo zui zuan zun
ca ce ci cai cao cou can cen cang ceng cong cu cuo cui cuan cun
sa se si sai sao sou san sen sang seng song su suo sui suan sun
"""

_INITIALS = {
    "zh": "чж", "ch": "ч", "sh": "ш", "b": "б", "p": "п", "m": "м", "f": "ф", "d": "д",
    "t": "т", "n": "н", "l": "л", "g": "г", "k": "к", "h": "х", "j": "цз", "q": "ц",
    "x": "с", "r": "ж", "z": "цз", "c": "ц", "s": "с",
}  # fmt: skip
# Finals after an initial.
_FINALS = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу",
    "an": "ань", "en": "энь", "ang": "ан", "eng": "эн", "ong": "ун", "i": "и", "ia": "я",
    "ie": "е", "iao": "яо", "iu": "ю", "ian": "янь", "in": "инь", "iang": "ян", "ing": "ин",
    "iong": "юн", "u": "у", "ua": "уа", "uo": "о", "uai": "уай", "ui": "уй", "uan": "уань",
    "un": "унь", "uang": "уан", "v": "юй", "ve": "юэ",
}  # fmt: skip
# Syllables with no initial, written in full.
_ALONE = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу",
    "an": "ань", "en": "энь", "ang": "ан", "eng": "эн", "er": "эр", "yi": "и", "ya": "я",
    "ye": "е", "yao": "яо", "you": "ю", "yan": "янь", "yin": "инь", "yang": "ян",
    "ying": "ин", "yong": "юн", "yu": "юй", "yue": "юэ", "yuan": "юань", "yun": "юнь",
    "wu": "у", "wa": "ва", "wo": "во", "wai": "вай", "wei": "вэй", "wan": "вань",
    "wen": "вэнь", "wang": "ван", "weng": "вэн",
}  # fmt: skip
# Russian case endings of a name ending in a consonant, and what the nominative ends in:
# «Цзиньпина» -> «Цзиньпин», «Цзяню» -> «Цзянь».
_ENDINGS = (
    ("ом", ""), ("ем", "ь"), ("а", ""), ("у", ""), ("е", ""), ("я", "ь"), ("ю", "ь"),
)  # fmt: skip
# China's commonest surnames (most of its people bear one of them) and its leaders' (Xi, Mao,
# Deng): a word read so, typed before another Palladius reads, begins a Chinese name.
_SURNAMES = """
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng
    liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye
    cheng su wei lv ding ren shen yao lu cui zhong tan fan jin shi liao jia xia fu fang bai
    zou meng xiong qin qiu yin xue yan duan lei hou long tao gu mao hao gong shao wan qian dai
    mo kong xiang chang xi wen kang niu hong yi ou geng ji bi mu ning an hua bo qi ni ge lan
"""
_LATIN = lazy_re.compile(r"[a-z]+")
_LYU = lazy_re.compile(r"(?<=[ln])yu")
_CYRILLIC = lazy_re.compile(r"[а-яё]+")


def pinyin(word: str) -> tuple[str, ...]:
    """The pinyin readings of the Russian ``word`` when it reads wholly as Palladius's
    syllables, as typed or in its nominative (``Цзиньпина``: "Jinping"), capitalised, those
    of the fewest syllables first (as typed first among as many: «Хуа» is "Hua" before
    "Hu"); empty otherwise."""
    return tuple(r for _, r in pinyin_counted(word))


def pinyin_counted(word: str) -> tuple[tuple[int, str], ...]:
    """:func:`pinyin`'s readings, each with the syllables it reads ``word`` as."""
    lower = word.lower().replace("ё", "е")
    if not _CYRILLIC.fullmatch(lower):
        return ()
    bases = [lower]
    bases += [lower[: -len(end)] + nom for end, nom in _ENDINGS if lower.endswith(end)]
    found = [(n, i, r) for i, base in enumerate(bases) for n, r in _read(base, to_pinyin=True)]
    read = {r: n for n, _, r in sorted(found, reverse=True)}  # the fewest's count kept
    return tuple((read[r], r) for r in dict.fromkeys(r for _, _, r in sorted(found)))[:_MOST]


def palladius(word: str) -> tuple[str, ...]:
    """The Palladius readings of the pinyin ``word`` when it reads wholly as pinyin's
    syllables (``Jinping``: «Цзиньпин»; ``Xi'an``, split where the apostrophe says:
    «Сиань»), capitalised, those of the fewest syllables first; empty otherwise."""
    # ü typed as such, as u: or as passports write it (Lyu).
    parts = _LYU.sub("v", word.lower().replace("ü", "v").replace("u:", "v")).split("'")
    if not all(_LATIN.fullmatch(part) for part in parts):
        return ()
    read = [[r for _, r in _read(part, to_pinyin=False)] for part in parts]
    if not all(read):
        return ()
    return tuple("".join(r).capitalize() for r in product(*read))[:_MOST]


def is_chinese_surname(word: str) -> bool:
    """Whether ``word``, in either script, reads as one of China's commonest surnames
    (``Ван``, ``Си``, ``Wang``)."""
    readings = pinyin(word) or (palladius(word) and (word,))
    return bool(readings) and readings[0].lower() in _surnames()


@lru_cache(maxsize=1024)
def _read(word: str, *, to_pinyin: bool) -> tuple[tuple[int, str], ...]:
    """``word`` split into the syllables of its system in every way with the fewest (at most
    _MOST), each written in the other: (the syllables, the reading) each; empty when no
    split reads it all."""
    table = _from_cyrillic() if to_pinyin else _from_pinyin()
    splits = fewest_splits(word, from_table(table, _LONGEST), _MOST)
    # ü (v in the table) as China's passports write it: Lyu.
    return tuple((len(split), "".join(split).replace("v", "yu").capitalize()) for split in splits)


@cache
def _surnames() -> frozenset[str]:
    return frozenset(_SURNAMES.split())


@cache
def _from_pinyin() -> dict[str, str]:
    """Each pinyin syllable -> its Palladius spelling."""
    table = {}
    for syllable in _SYLLABLES.split():
        table[syllable] = _ALONE.get(syllable) or _spelt(syllable)
    return table


@cache
def _from_cyrillic() -> dict[str, str]:
    """Each Palladius spelling -> its pinyin syllable (one each: the system writes no two
    syllables alike)."""
    return {spelt: syllable for syllable, spelt in _from_pinyin().items()}


def _spelt(syllable: str) -> str:
    """The Palladius spelling of a pinyin ``syllable`` with an initial."""
    initial = syllable[:2] if syllable[:2] in _INITIALS else syllable[:1]
    final = syllable[len(initial) :]
    start = _INITIALS[initial]
    if initial in ("z", "c", "s") and final == "i":
        return start + "ы"  # zi, ci, si: цзы, цы, сы
    if initial in ("j", "q", "x"):
        # ü after j, q, x is written u: ju, quan, xue, xun.
        final = {"u": "v", "ue": "ve", "uan": "van", "un": "vn"}.get(final, final)
        if final == "van":
            return start + "юань"
        if final == "vn":
            return start + "юнь"
    if syllable == "hui":
        return "хуэй"
    return start + _FINALS[final]
