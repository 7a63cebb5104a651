import pytest

from rasd.kb.names import NameSpeller, skeleton
from rasd.kb.translit import Transliterator, levenshtein, source_form


def test_skeleton_drops_inner_long_vowels_only():
    assert skeleton("ترامب") == skeleton("ترمب") == "ترمب"
    assert skeleton("بوتين") == "بتن"
    assert skeleton("يو") == "يو"


def test_source_form_and_levenshtein():
    assert source_form("مُحَمَّـد") == "محمد"
    assert levenshtein("witkoff", "witkov") == 2 and levenshtein("", "abc") == 3


class NoModel:
    """The dictionary path must not need the model; any call is a test failure."""

    def candidates(self, *args, **kwargs):
        raise AssertionError("model called")

    score = candidates


def test_dictionary_spellings_win_by_count_and_latin_passes_through():
    speller = NameSpeller({"كيريل": [("kiril", 10), ("kirill", 3)], "دونالد": [("donald", 142)]}, NoModel())
    assert speller.name("دونالد كيريل") == "Donald Kiril"
    assert speller.word("REUTERS") == "reuters"


@pytest.fixture(scope="module")
def shipped():
    return NameSpeller.load()


def test_shipped_names_spell_known_and_unknown_words(shipped):
    assert shipped.name("ستيف ويتكوف") == "Steve Witkoff"
    assert shipped.name("جاريد كوشنر") == "Jared Kushner"
    guess = shipped.model.transliterate("بزشكيان")
    assert guess and guess.isascii() and levenshtein(guess, "pezeshkian") <= len("pezeshkian") // 2


def test_numpy_transliterator_matches_the_torch_model_it_was_exported_from():
    torch = pytest.importorskip("torch", reason="PyTorch (the train extra) is needed to compare with training")
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))
    from translit_model import Seq2Seq

    torch.manual_seed(0)
    source, target = list("ابتكوي"), list("abikotuy")
    model = Seq2Seq(len(source) + 3, len(target) + 3, emb=5, enc=4, dec=6)  # sizes that differ catch transposes
    model.eval()
    runner = Transliterator(model.export(), source, target)
    word, latin = "كوتيب", "kotib"
    src = torch.tensor([[source.index(c) + 3 for c in word]])
    tgt = [target.index(c) + 3 for c in latin]
    logits = model(src, torch.tensor([[1] + tgt]))
    expected = torch.log_softmax(logits, 2)[0, torch.arange(len(tgt) + 1), torch.tensor(tgt + [2])].sum().item()
    assert runner.score(word, latin) == pytest.approx(expected, abs=1e-4)
