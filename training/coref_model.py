"""A small pre-LayerNorm Transformer encoder whose pointer head resolves pronouns.

    x⁰ = E[ids] + PE                                  token embedding + sinusoidal positions
    for each layer l:
        x{l} = LayerNorm₁(x)                          what the layer's attention reads
        Q, K, V = x{l} W_Q + b_Q, x{l} W_K + b_K, x{l} W_V + b_V, split into H heads of width d_k
        A_h = softmax(Q_h K_hᵀ / √d_k)                attn{l}[h], [T, T]
        x = x + concat_h(A_h V_h) W_O + b_O
        x = x + FFN(LayerNorm₂(x))                    FFN(u) = max(0, u W₁ + b₁) W₂ + b₂
    hidden = LayerNorm_f(x)

The prediction is read off attention itself: in the pointer head (layer `pointer_layer`, head
`pointer_head`) the row of the pronoun is a distribution over positions, and the candidate noun
with the larger weight is the referent. Training pulls that row toward a smoothed target (most
of the mass on the right noun, the rest on the other noun), so the weights stay a real
distribution instead of saturating at 1.000 / 0.000.
"""
from __future__ import annotations

import math

import torch
from torch import nn
from torch.nn import functional as F


def sinusoidal_positions(n: int, d_model: int) -> torch.Tensor:
    """PE(pos, 2i) = sin(pos / 10000^(2i/d)), PE(pos, 2i+1) = cos(pos / 10000^(2i/d)), as the kernel computes it."""
    pe = torch.zeros(n, d_model, dtype=torch.float64)
    pos = torch.arange(n, dtype=torch.float64)[:, None]
    for j in range(d_model):
        angle = pos[:, 0] / 10000 ** ((2 * (j // 2)) / d_model)
        pe[:, j] = torch.sin(angle) if j % 2 == 0 else torch.cos(angle)
    return pe.float()


class Block(nn.Module):
    def __init__(self, d_model: int, n_heads: int, d_ff: int):
        super().__init__()
        self.n_heads, self.d_k = n_heads, d_model // n_heads
        self.ln1 = nn.LayerNorm(d_model)
        self.W_Q = nn.Linear(d_model, d_model)
        self.W_K = nn.Linear(d_model, d_model)
        self.W_V = nn.Linear(d_model, d_model)
        self.W_O = nn.Linear(d_model, d_model)
        self.ln2 = nn.LayerNorm(d_model)
        self.ff1 = nn.Linear(d_model, d_ff)
        self.ff2 = nn.Linear(d_ff, d_model)

    def heads(self, t: torch.Tensor) -> torch.Tensor:
        B, T, _ = t.shape
        return t.view(B, T, self.n_heads, self.d_k).transpose(1, 2)  # [B, H, T, d_k]

    def forward(self, x: torch.Tensor, key_mask: torch.Tensor | None, head_keep: torch.Tensor | None) -> tuple[torch.Tensor, dict]:
        B, T, d = x.shape
        h = self.ln1(x)  # [B, T, d]
        q, k, v = self.heads(self.W_Q(h)), self.heads(self.W_K(h)), self.heads(self.W_V(h))  # [B, H, T, d_k]
        scores = q @ k.transpose(-1, -2) / math.sqrt(self.d_k)  # [B, H, T, T]
        if key_mask is not None:  # padding: keys that are <pad> get −∞
            scores = scores.masked_fill(~key_mask[:, None, None, :], float('-inf'))
        attn = scores.softmax(-1)  # [B, H, T, T]
        z = attn @ v  # [B, H, T, d_k]
        if head_keep is not None:  # ablation: a head's output zeroed
            z = z * head_keep[None, :, None, None]
        x = x + self.W_O(z.transpose(1, 2).reshape(B, T, d))
        x = x + self.ff2(F.relu(self.ff1(self.ln2(x))))
        return x, {'x': h, 'q': q, 'k': k, 'v': v, 'scores': scores, 'attn': attn}


class CorefEncoder(nn.Module):
    def __init__(self, vocab_size: int, d_model: int = 48, n_heads: int = 4, n_layers: int = 2, d_ff: int = 96,
                 max_len: int = 64, pointer_layer: int = 1, pointer_head: int = 0):
        super().__init__()
        self.config = dict(vocab_size=vocab_size, d_model=d_model, n_heads=n_heads, n_layers=n_layers, d_ff=d_ff,
                           max_len=max_len, pointer_layer=pointer_layer, pointer_head=pointer_head)
        self.embed = nn.Embedding(vocab_size, d_model)
        self.register_buffer('pe', sinusoidal_positions(max_len, d_model))
        self.layers = nn.ModuleList(Block(d_model, n_heads, d_ff) for _ in range(n_layers))
        self.ln_f = nn.LayerNorm(d_model)
        self.pointer_layer, self.pointer_head = pointer_layer, pointer_head

    def forward(self, ids: torch.Tensor, key_mask: torch.Tensor | None = None,
                head_keep: list[torch.Tensor] | None = None) -> tuple[torch.Tensor, list[dict]]:
        T = ids.shape[1]
        x = self.embed(ids) + self.pe[:T]  # [B, T, d]
        trace = []
        for l, block in enumerate(self.layers):
            x, t = block(x, key_mask, None if head_keep is None else head_keep[l])
            trace.append(t)
        return self.ln_f(x), trace

    def pointer_scores(self, trace: list[dict]) -> torch.Tensor:
        """The pointer head's scaled scores, [B, T, T] (row i: query position i)."""
        return trace[self.pointer_layer]['scores'][:, self.pointer_head]


class ExportWrapper(nn.Module):
    """The graph that is exported: ids [1, T] → every layer's attention, q, k, v and input, and the hidden states."""

    def __init__(self, model: CorefEncoder):
        super().__init__()
        self.model = model

    def forward(self, ids: torch.Tensor):
        hidden, trace = self.model(ids)
        out = []
        for t in trace:
            out += [t['attn'][0], t['q'][0], t['k'][0], t['v'][0], t['x'][0]]
        return (*out, hidden[0])


def output_names(n_layers: int) -> list[str]:
    names = []
    for l in range(n_layers):
        names += [f'attn{l}', f'q{l}', f'k{l}', f'v{l}', f'x{l}']
    return names + ['hidden']
