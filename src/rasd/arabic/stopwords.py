"""Arabic and English stopwords for keywords and topic features, as SEARCH-folded words.

>>> from rasd.arabic.stopwords import is_stopword
>>> is_stopword("الذي"), is_stopword("وقال"), is_stopword("موسكو")
(True, True, False)

The list is ours: function words (pronouns, prepositions, conjunctions, particles, demonstratives, relatives),
reporting verbs news uses around every statement (قال، أضاف، أشار), and time and quantity words that say
nothing about a topic (اليوم، أكثر). :func:`is_stopword` folds the word (:data:`rasd.arabic.normalize.SEARCH`)
and also tries it without a leading conjunction و/ف, so وقال and فإن are stopwords too.
"""

from __future__ import annotations

from rasd.arabic.normalize import SEARCH, fold

_ARABIC = """
في من على الى إلى عن مع بين حتى منذ خلال عند لدى نحو ضد دون عبر حول تحت فوق امام أمام وراء قبل بعد اثناء أثناء
لـ ب ل ك و ف ثم او أو أم بل لكن لكنه لكنها لكنهم غير سوى الا إلا اذا إذا لو لولا كي لكي حيث كما مثل مثلما
ان إن أن انه إنه أنه انها إنها أنها انهم أنهم انني إنني لان لأن لانه لأنه بان بأن كأن
هو هي هم هما هن انا أنا نحن انت أنت انتم أنتم
هذا هذه هذان هاتان هؤلاء ذلك تلك اولئك أولئك هنا هناك هنالك
الذي التي الذين اللذان اللتان اللاتي اللواتي ما ماذا من متى اين أين كيف لماذا كم اي أي ايا أيا
لا لم لن ليس ليست ليسوا قد لقد سوف كان كانت كانوا يكون تكون يكونون اصبح أصبح اصبحت أصبحت ظل ظلت بات باتت
كل بعض جميع كافة عدة عدد أكثر اكثر أقل اقل أيضا ايضا فقط جدا ذاته ذاتها نفس نفسه نفسها تم يتم تمت
عليه عليها عليهم اليه إليه اليها إليها اليهم إليهم منه منها منهم فيه فيها فيهم عنه عنها عنهم له لها لهم به بها بهم
معه معها معهم لديه لديها لديهم بينهم بينها
قال قالت يقول تقول قالوا اضاف أضاف اضافت أضافت يضيف اشار أشار اشارت أشارت يشير ذكر ذكرت يذكر اكد أكد اكدت أكدت
يؤكد اوضح أوضح اوضحت أوضحت اعلن أعلن اعلنت أعلنت يعلن تابع تابعت وفق وفقا حسب حسبما بحسب نقل نقلت
اليوم امس أمس غدا الان الآن حاليا العام عام السنة سنة الشهر شهر الاسبوع الأسبوع يوم ايام أيام مرة مرات
الماضي الماضية المقبل المقبلة القادم القادمة الحالي الحالية الأخير الأخيرة الاخير الاخيرة
احد أحد احدى إحدى اول أول الاول الأول ثاني الثاني واحد واحدة اثنين
وهو وهي وهم وقد ولا ولم ولن وما ومن وفي وعلى وإن وأن وكان وكانت وذلك وهذا وهذه
"""

_ENGLISH = """
a an the and or but if of in on at to for from by with about as into than then that this these those it its
is are was were be been being has have had do does did not no so such he she they we you i his her their our
said says will would can could may might also more most other some any which who whom what when where how
"""

STOPWORDS: frozenset[str] = frozenset(fold(w, SEARCH) for w in (_ARABIC + _ENGLISH).split())


def is_stopword(word: str) -> bool:
    """True for a function word, reporting verb or empty time word (after SEARCH folding; و/ف prefix tried off)."""
    folded = fold(word, SEARCH)
    if folded in STOPWORDS:
        return True
    return len(folded) > 2 and folded[0] in "وف" and folded[1:] in STOPWORDS
