"""The relation model: training from a gold corpus, the JSON artifact, and its use in the pipeline."""
import json
from datetime import date
from pathlib import Path

import pytest

from pipeline.extract import extract_text
from pipeline.nlp.relation_features import score
from pipeline.train.relations import gold_examples, train_relation_model

ROOT = Path(__file__).resolve().parents[2]


def test_training_on_the_annotations_train_split(tmp_path):
    out = tmp_path / "relations.json"
    artifact = train_relation_model(ROOT / "annotations", out, split="train", eval_split="test")
    saved = json.loads(out.read_text())
    assert saved["models"].keys() == {"LOCATION", "TIME"}
    assert saved["training"]["split"] == "train"
    # the held-out split is scored, and the model separates gold pairs from the rest there
    for rel_type in ("LOCATION", "TIME"):
        held_out = artifact["evaluation"][rel_type]["test"]
        assert held_out["positives"] > 0
        assert held_out["f1"] > 0.6
    # training is deterministic
    again = train_relation_model(ROOT / "annotations", tmp_path / "again.json", split="train",
                                 eval_split=None)
    assert again["models"] == artifact["models"]


def test_model_prefers_the_lesion_onset_over_an_unrelated_trauma():
    artifact = json.loads((ROOT / "models" / "relations.json").read_text())
    examples = gold_examples(ROOT / "annotations", split="test")
    positives = [e for e in examples if e.rel_type == "TIME" and e.label == 1]
    negatives = [e for e in examples if e.rel_type == "TIME" and e.label == 0]
    weights = artifact["models"]["TIME"]
    mean = lambda xs: sum(score(weights, e.features) for e in xs) / len(xs)  # noqa: E731
    assert mean(positives) > mean(negatives) + 0.3


@pytest.mark.parametrize("model_types", [["TIME"], []])
def test_pipeline_dates_the_lesion_onset(model_types):
    import pipeline

    nlp = pipeline.load(koebner_relations={"model_types": model_types})
    result = extract_text(nlp, "Lesion began 9/10 on the L lateral calf as a tender purple patch.",
                          date(2022, 9, 20))
    by_id = {m.mention_id: m.text for m in result.mentions}
    pairs = {(r.type, by_id[r.arg1], by_id[r.arg2]) for r in result.relations}
    assert ("TIME", "Lesion", "9/10") in pairs


def test_score_of_present_features_is_score_to_the_last_bit():
    # the pipeline scores pairs with score_present; training and explain read score
    from pipeline.nlp.relation_features import score_present

    artifact = json.loads((ROOT / "models" / "relations.json").read_text())
    examples = gold_examples(ROOT / "annotations", split="test")
    assert examples
    for example in examples:
        weights = artifact["models"][example.rel_type]
        assert set(example.features.values()) == {1.0}
        assert score_present(weights, example.features) == score(weights, example.features)
