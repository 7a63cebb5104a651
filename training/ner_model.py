"""The BiLSTM-CRF tagger in PyTorch (training only); :mod:`rasd.ner.tagger` runs the exported weights with numpy."""

from __future__ import annotations

import numpy as np
import torch
from torch import nn

from rasd.ner.features import TOKEN_FLAGS, TYPE_FLAGS, Batch


class TorchTagger(nn.Module):
    def __init__(self, vectors: np.ndarray, n_trained: int, n_chars: int, n_tags: int,
                 trained_dim: int = 50, char_dim: int = 32, char_filters: int = 64, hidden: int = 128,
                 dropout: float = 0.5):
        super().__init__()
        self.pre = nn.Embedding.from_pretrained(torch.tensor(vectors), freeze=True)
        self.trained = nn.Embedding(n_trained, trained_dim)
        self.char_emb = nn.Embedding(n_chars, char_dim, padding_idx=0)
        self.conv = nn.Conv1d(char_dim, char_filters, 3, padding=1)
        din = 2 * vectors.shape[1] + trained_dim + char_filters + TYPE_FLAGS + TOKEN_FLAGS
        self.lstm = nn.LSTM(din, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(dropout)
        self.out = nn.Linear(2 * hidden, n_tags)
        self.transitions = nn.Parameter(torch.zeros(n_tags, n_tags))
        self.start = nn.Parameter(torch.zeros(n_tags))
        self.end = nn.Parameter(torch.zeros(n_tags))

    def type_features(self, b: Batch, word_dropout: float = 0.0) -> torch.Tensor:
        trained = torch.from_numpy(b.trained)
        if self.training and word_dropout:
            trained = trained * (torch.rand(trained.shape) >= word_dropout)
        chars = torch.from_numpy(b.chars)
        c = self.conv(self.char_emb(chars).transpose(1, 2))  # (U, F, L)
        c = c.masked_fill((chars == 0).unsqueeze(1), -1e4).max(dim=2).values.tanh()
        return torch.cat([self.pre(torch.from_numpy(b.word)), self.pre(torch.from_numpy(b.stem)),
                          self.trained(trained), c, torch.from_numpy(b.type_flags)], dim=1)

    def emissions(self, b: Batch, word_dropout: float = 0.0) -> torch.Tensor:
        types = self.type_features(b, word_dropout)
        x = torch.cat([types[torch.from_numpy(b.index)], torch.from_numpy(b.token_flags)], dim=2)
        packed = nn.utils.rnn.pack_padded_sequence(self.drop(x), torch.from_numpy(b.lengths), batch_first=True,
                                                   enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=x.shape[1])
        return self.out(self.drop(h))

    def nll(self, b: Batch, tags: torch.Tensor, word_dropout: float) -> torch.Tensor:
        e = self.emissions(b, word_dropout)
        mask = torch.arange(e.shape[1])[None, :] < torch.from_numpy(b.lengths)[:, None]
        return (self._log_partition(e, mask) - self._gold_score(e, tags, mask)).mean()

    def _gold_score(self, e, tags, mask):
        score = self.start[tags[:, 0]] + e[:, 0].gather(1, tags[:, :1]).squeeze(1)
        for t in range(1, e.shape[1]):
            step = self.transitions[tags[:, t - 1], tags[:, t]] + e[:, t].gather(1, tags[:, t:t + 1]).squeeze(1)
            score = score + step * mask[:, t]
        last = tags.gather(1, (mask.sum(1) - 1).unsqueeze(1)).squeeze(1)
        return score + self.end[last]

    def _log_partition(self, e, mask):
        alpha = self.start + e[:, 0]
        for t in range(1, e.shape[1]):
            nxt = torch.logsumexp(alpha.unsqueeze(2) + self.transitions + e[:, t].unsqueeze(1), dim=1)
            alpha = torch.where(mask[:, t:t + 1], nxt, alpha)
        return torch.logsumexp(alpha + self.end, dim=1)

    @classmethod
    def from_export(cls, weights: dict[str, np.ndarray], dropout: float = 0.5) -> TorchTagger:
        """The module back from exported numpy arrays (to resume training from the shipped weights).

        The export sums the LSTM's two bias vectors; they come back as ``bias_ih`` with ``bias_hh`` zero.
        """
        f, c, _ = weights["conv_w"].shape
        model = cls(np.asarray(weights["pretrained"], np.float32), weights["trained"].shape[0],
                    weights["char_emb"].shape[0], weights["out_w"].shape[0], trained_dim=weights["trained"].shape[1],
                    char_dim=c, char_filters=f, hidden=weights["fw_hh"].shape[1], dropout=dropout)
        state = {"pre.weight": weights["pretrained"], "trained.weight": weights["trained"],
                 "char_emb.weight": weights["char_emb"], "conv.weight": weights["conv_w"],
                 "conv.bias": weights["conv_b"],
                 "out.weight": weights["out_w"], "out.bias": weights["out_b"], "transitions": weights["transitions"],
                 "start": weights["start"], "end": weights["end"]}
        for side, suffix in (("fw", ""), ("bw", "_reverse")):
            state[f"lstm.weight_ih_l0{suffix}"] = weights[f"{side}_ih"]
            state[f"lstm.weight_hh_l0{suffix}"] = weights[f"{side}_hh"]
            state[f"lstm.bias_ih_l0{suffix}"] = weights[f"{side}_b"]
            state[f"lstm.bias_hh_l0{suffix}"] = np.zeros_like(weights[f"{side}_b"])
        model.load_state_dict({k: torch.tensor(np.asarray(v, np.float32)) for k, v in state.items()})
        return model

    def export(self) -> dict[str, np.ndarray]:
        """Weights for the numpy tagger (names as :mod:`rasd.ner.tagger` reads them)."""
        p = {k: v.detach().numpy() for k, v in self.state_dict().items()}
        return {
            "pretrained": p["pre.weight"].astype(np.float16), "trained": p["trained.weight"],
            "char_emb": p["char_emb.weight"], "conv_w": p["conv.weight"], "conv_b": p["conv.bias"],
            "fw_ih": p["lstm.weight_ih_l0"], "fw_hh": p["lstm.weight_hh_l0"],
            "fw_b": p["lstm.bias_ih_l0"] + p["lstm.bias_hh_l0"],
            "bw_ih": p["lstm.weight_ih_l0_reverse"], "bw_hh": p["lstm.weight_hh_l0_reverse"],
            "bw_b": p["lstm.bias_ih_l0_reverse"] + p["lstm.bias_hh_l0_reverse"],
            "out_w": p["out.weight"], "out_b": p["out.bias"],
            "transitions": p["transitions"], "start": p["start"], "end": p["end"],
        }
