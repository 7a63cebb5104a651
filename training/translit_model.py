"""Character seq2seq (BiGRU encoder, GRU decoder with Luong attention) for Arabic -> Latin names; PyTorch, training only."""

from __future__ import annotations

import numpy as np
import torch
from torch import nn


class Seq2Seq(nn.Module):
    def __init__(self, n_src: int, n_tgt: int, emb: int = 64, enc: int = 128, dec: int = 256):
        super().__init__()
        self.src_emb = nn.Embedding(n_src, emb, padding_idx=0)
        self.encoder = nn.GRU(emb, enc, batch_first=True, bidirectional=True)
        self.init = nn.Linear(2 * enc, dec)
        self.tgt_emb = nn.Embedding(n_tgt, emb, padding_idx=0)
        self.cell = nn.GRUCell(emb + 2 * enc, dec)
        self.attn = nn.Linear(dec, 2 * enc, bias=False)
        self.combine = nn.Linear(dec + 2 * enc, dec)
        self.proj = nn.Linear(dec, n_tgt)

    def forward(self, src: torch.Tensor, tgt_in: torch.Tensor) -> torch.Tensor:
        """Logits (B, T, V) for teacher-forced decoding; ``src`` and ``tgt_in`` 0-padded."""
        mask = src != 0
        lengths = mask.sum(1)
        packed = nn.utils.rnn.pack_padded_sequence(self.src_emb(src), lengths, batch_first=True, enforce_sorted=False)
        enc, _ = self.encoder(packed)
        enc, _ = nn.utils.rnn.pad_packed_sequence(enc, batch_first=True, total_length=src.shape[1])
        mean = (enc * mask.unsqueeze(2)).sum(1) / lengths.unsqueeze(1)
        h = torch.tanh(self.init(mean))
        ctx = torch.zeros(src.shape[0], enc.shape[2])
        outs = []
        for t in range(tgt_in.shape[1]):
            h = self.cell(torch.cat([self.tgt_emb(tgt_in[:, t]), ctx], 1), h)
            scores = torch.bmm(enc, self.attn(h).unsqueeze(2)).squeeze(2).masked_fill(~mask, -1e9)
            ctx = torch.bmm(torch.softmax(scores, 1).unsqueeze(1), enc).squeeze(1)
            outs.append(self.proj(torch.tanh(self.combine(torch.cat([h, ctx], 1)))))
        return torch.stack(outs, 1)

    def export(self) -> dict[str, np.ndarray]:
        p = {k: v.detach().numpy().astype(np.float32) for k, v in self.state_dict().items()}
        out = {"src_emb": p["src_emb.weight"], "tgt_emb": p["tgt_emb.weight"],
               "init_w": p["init.weight"], "init_b": p["init.bias"], "attn_w": p["attn.weight"],
               "combine_w": p["combine.weight"], "combine_b": p["combine.bias"],
               "proj_w": p["proj.weight"], "proj_b": p["proj.bias"],
               "cell_ih": p["cell.weight_ih"], "cell_hh": p["cell.weight_hh"],
               "cell_bih": p["cell.bias_ih"], "cell_bhh": p["cell.bias_hh"]}
        for side, suffix in (("fw", ""), ("bw", "_reverse")):
            for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
                out[f"enc_{side}_{name}"] = p[f"encoder.{name}_l0{suffix}"]
        return out
