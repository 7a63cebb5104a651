"""The stage pipeline: checked before any text is read, timed, and a failing stage never loses the article."""

from dataclasses import dataclass, replace

import pytest

from rasd.config import load_config
from rasd.errors import PipelineError
from rasd.extract.decode import decode
from rasd.model import Article, RawDocument
from rasd.pipeline import Pipeline, ReadOptions, Registry, build_pipeline, default_registry
from rasd.extract.text import TextPageReader

PAGE = "عنوان الخبر | موقع\n\nعنوان الخبر\n\n" + "قال المتحدث إن المحادثات ستستأنف الأسبوع المقبل في القاهرة بمشاركة الوفود. " * 3


@dataclass(frozen=True)
class FakeStage:
    name: str
    requires: frozenset = frozenset({"text"})
    provides: frozenset = frozenset()
    version: str = "1"
    fail: bool = False

    def __call__(self, article: Article) -> Article:
        if self.fail:
            raise ValueError("لا يمكن تحليل هذا النص")
        return replace(article, keywords=article.keywords + (self.name,))


def run(stages) -> Article:
    raw = RawDocument(content=PAGE.encode(), location="page.txt")
    return Pipeline([TextPageReader()], stages).process(raw, decode(raw), ReadOptions())


def test_stages_run_in_order_and_are_timed():
    article = run([FakeStage("a"), FakeStage("b")])
    assert article.keywords == ("a", "b")
    assert [s.name for s in article.provenance.stages] == ["read.text", "a", "b"]
    assert all(s.ms >= 0 for s in article.provenance.stages)
    assert article.provenance.location == "page.txt" and article.provenance.rasd_version


def test_unmet_requirement_fails_before_processing():
    with pytest.raises(PipelineError) as info:
        Pipeline([TextPageReader()], [FakeStage("quotes", requires=frozenset({"entities"}))])
    assert "quotes" in str(info.value) and "entities" in str(info.value)


def test_requirement_met_by_an_earlier_stage():
    stages = [FakeStage("ner", provides=frozenset({"entities"})), FakeStage("quotes", requires=frozenset({"entities"}))]
    assert run(stages).keywords == ("ner", "quotes")


def test_failing_stage_keeps_the_article_and_records_the_reason():
    article = run([FakeStage("bad", fail=True), FakeStage("after")])
    assert article.text.startswith("قال المتحدث")
    assert article.keywords == ("after",)
    (warning,) = article.provenance.warnings
    assert warning.stage == "bad" and warning.code == "E102" and "لا يمكن تحليل هذا النص" in warning.message


def test_registry_rejects_unknown_stage_names():
    with pytest.raises(PipelineError) as info:
        default_registry().create("no-such-stage", load_config(environ={}))
    assert "readtime" in str(info.value)  # the message lists the known stages


def test_registry_takes_factories():
    registry = Registry({"mine": lambda config: FakeStage("mine")})
    pipeline = build_pipeline(load_config(environ={}, stages=("mine",)), registry)
    assert [name for name, _ in pipeline.describe()] == ["read.text", "mine"]
