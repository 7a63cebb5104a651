"""The markdown of the topics benchmark report (part of bench/topics.py)."""

from __future__ import annotations


def report(r: dict) -> str:
    ts = r["time_split"]
    lines = [
        f"{r['documents']} documents (ANT v2.1 deduplicated by URL, ANT v1.1, PLOVER ASSAULT sentences); "
        f"{r['epochs']} training epochs per model; training and scoring took {r['training_seconds']} s.",
        "",
        "## Time split",
        "",
        f"Train on every month before the latest month of each ANT corpus ({ts['train']} documents); test on "
        f"ANT v2.1 August 2018 and ANT v1.1 June 2017 ({ts['test']} documents).",
        "",
        *_sections_table({"time split (ANT v2.1, 2018-08)": ts["sections"]}),
        "",
        "Politics (ANT v1.1 June 2017, articles whose label is known; score >= 0.5): " + _binary(ts["politics"]),
        "",
        "Conflict and politics against the hand-checked sample (bench/data/topics-sample.tsv, 40 articles of "
        "August 2018, not trained on; drawn stratified by the conflict lexicon):",
        "",
        *[line for label in ("conflict", "politics") for line in _sample(label, ts["sample"][label])],
        "",
        f"Articles ANT files under places (internationalNews, middleEast; {ts['places']['articles']} in August "
        "2018): share whose best label is each label, and share scoring >= 0.5 on it:",
        "",
        "| label | best label | scores >= 0.5 |", "|---|---|---|",
        *[f"| {k} | {v:.1%} | {ts['places']['share_scoring_0.5'][k]:.1%} |"
          for k, v in ts["places"]["top_label_share"].items()],
        "",
        "## Leave one outlet out",
        "",
        "Train on the other four ANT v2.1 outlets (and ANT v1.1); test on the held-out outlet's section articles "
        "(all months). Macro-F1 is over the sections that outlet has.",
        "",
        *_sections_table(r["leave_one_outlet_out"]),
        "",
        "## Speed",
        "",
        f"The shipped stages over {r['speed']['articles']} ANT v2.1 articles ({r['speed']['words']} words), one "
        f"process, models loaded beforehand: topics {r['speed']['topics']} articles/s, keywords "
        f"{r['speed']['keywords']}/s, summary {r['speed']['summary']}/s, all three {r['speed']['all_three']}/s. "
        "The machine's two cores were shared with other jobs while this ran: figures are a lower bound.",
        "",
        "## Other data",
        "",
        "Published SANAD figures (93-96% accuracy, Arabic news categories) are on other data (the SANAD corpus, "
        "its own categories and splits), not comparable with the figures above.",
    ]
    return "\n".join(lines)


def _sections_table(rows: dict) -> list[str]:
    lines = ["| test set | articles | 4-way accuracy | 4-way macro-F1 | all-labels accuracy | all-labels macro-F1 "
             "| F1 per section (4-way) |", "|---|---|---|---|---|---|---|"]
    for name, s in rows.items():
        if not s.get("articles"):
            lines.append(f"| {name} | 0 | | | | | |")
            continue
        f, a = s["four_way"], s["all_labels"]
        per = ", ".join(f"{k} {v:.3f}" for k, v in f["f1"].items())
        lines.append(f"| {name} | {s['articles']} | {f['accuracy']:.3f} | {f['macro_f1']:.3f} | {a['accuracy']:.3f} "
                     f"| {a['macro_f1']:.3f} | {per} |")
    return lines


def _binary(b: dict) -> str:
    return (f"n {b['n']}, positives {b['positives']}, precision {b['precision']:.3f}, recall {b['recall']:.3f}, "
            f"F1 {b['f1']:.3f}, accuracy {b['accuracy']:.3f}")


def _sample(label: str, s: dict) -> list[str]:
    return [f"- {label}, model (score >= 0.5): " + _binary(s["model"]),
            f"- {label}, lexicon weak labels where they decide: " + _binary(s["lexicon_decided"]),
            f"- {label}, lexicon left {s['lexicon_unknown']['n']} unknown, {s['lexicon_unknown']['yes_by_hand']} of "
            "them yes by hand"]
