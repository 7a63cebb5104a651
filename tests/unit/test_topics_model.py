"""The topic model's numpy parts: sparse products, training with unknown labels, saving and loading."""

from __future__ import annotations

import numpy as np

from rasd.topics.fit import build_vocabulary, train_model
from rasd.topics.model import SparseRows, TopicModel


def test_sparse_products_match_dense():
    rows = SparseRows.stack([(np.array([0, 2]), np.array([1.0, 2.0])), (np.array([], dtype=np.int32),
                             np.array([], dtype=np.float32)), (np.array([1]), np.array([3.0]))])
    dense = np.array([[1.0, 0, 2.0], [0, 0, 0], [0, 3.0, 0]])
    w, g = np.array([0.5, -1.0, 2.0]), np.array([1.0, 2.0, -1.0])
    assert np.allclose(rows.dot(w), dense @ w)
    assert np.allclose(rows.tdot(g, 3), dense.T @ g)


def test_vocabulary_keeps_frequent_features_with_idf():
    vocabulary = build_vocabulary([["حرب", "سلام"], ["حرب"], ["حرب", "مباراة"]], min_df=2)
    assert vocabulary.terms == ["حرب"]
    assert vocabulary.idf[0] == np.float32(np.log(4 / 4) + 1.0)


def test_training_learns_each_label_and_ignores_unknown_cells(tmp_path):
    war = ["قصف", "غارة", "جيش"]
    match = ["مباراة", "هدف", "فريق"]
    features = [war, match] * 30 + [war + ["مباراة"]] * 5
    # label 0 "conflict" known everywhere; label 1 "sport" unknown (NaN) for the war articles
    targets = np.array([[1.0, np.nan], [0.0, 1.0]] * 30 + [[1.0, np.nan]] * 5)
    model = train_model(features, targets, ["conflict", "sport"], epochs=40)
    war_scores, match_scores = model.scores(war), model.scores(match)
    assert war_scores["conflict"] > 0.9 and match_scores["conflict"] < 0.1
    assert match_scores["sport"] > 0.9
    model.save(tmp_path)
    loaded = TopicModel.load(tmp_path)
    assert loaded.labels == ["conflict", "sport"]
    assert abs(loaded.scores(war)["conflict"] - war_scores["conflict"]) < 0.01  # float16 weights on disk
